package com.mtdconnect.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test of the deployed portal on Payara Micro with a real MariaDB. The database
 * extension comes first so that Arquillian's container sees the database and port.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(TestEnvironmentExtension.class)
@ExtendWith(ArquillianExtension.class)
public @interface PortalIT {}
