package org.quotecheck.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The role an endpoint needs. Without it, reading (GET) needs {@link Role#READER} and everything
 * else {@link Role#EDITOR}, so a new write endpoint is never open to readers by accident.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresRole {
    Role value();
}
