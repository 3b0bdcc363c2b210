package org.teamward.access.rights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Stereotype;
import jakarta.transaction.Transactional;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A class whose public methods are use cases: application scoped, transactional, and guarded, so
 * that every public method must say which permission it needs ({@link Requires}), that any
 * signed-in caller may use it ({@link Authenticated}), or why it is open ({@link Public}).
 */
@Stereotype
@ApplicationScoped
@Transactional
@Guarded
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UseCases {}
