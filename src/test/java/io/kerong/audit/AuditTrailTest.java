package io.kerong.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The audit tests' own application and database (a context of its own: they empty the audit tables and tamper with
 * them as a database administrator would, which must not reach the other tests' trails).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "spring.application.name=kerong-audit-tests")
@AutoConfigureMockMvc
public @interface AuditTrailTest {
}
