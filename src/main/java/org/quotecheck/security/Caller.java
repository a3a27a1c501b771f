package org.quotecheck.security;

import jakarta.enterprise.context.RequestScoped;

/** Who is making the current request: the API key's name and role. */
@RequestScoped
public class Caller {

    private String name = "anonymous";
    private Role role;
    private String keyId;

    void set(String name, Role role, String keyId) {
        this.name = name;
        this.role = role;
        this.keyId = keyId;
    }

    public String name() {
        return name;
    }

    public Role role() {
        return role;
    }

    /** Stable identity for per-caller state (rate limits, idempotency keys). */
    public String keyId() {
        return keyId;
    }

    public boolean isAuthenticated() {
        return role != null;
    }
}
