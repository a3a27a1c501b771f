package org.quotecheck.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import org.hibernate.envers.RevisionListener;
import org.quotecheck.security.Caller;

/** Stamps each revision with the API key name of the request, or "system" outside requests. */
public class ActorRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        ((AuditRevision) revision).actor = currentActor();
    }

    static String currentActor() {
        ManagedContext requestContext = Arc.container().requestContext();
        if (requestContext.isActive()) {
            Caller caller = Arc.container().instance(Caller.class).get();
            if (caller.isAuthenticated()) {
                return caller.name();
            }
        }
        return "system";
    }
}
