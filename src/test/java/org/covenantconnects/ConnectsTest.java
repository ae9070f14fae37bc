package org.covenantconnects;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application against the embedded PostgreSQL, which is started once for the
 * whole test run and shared by every test context, with the {@link Fixtures} to inject.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TestMailServer.class)
@SpringBootTest
@ActiveProfiles("test")
@Import(Fixtures.class)
public @interface ConnectsTest {

}
