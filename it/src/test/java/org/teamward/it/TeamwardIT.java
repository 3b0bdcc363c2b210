package org.teamward.it;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.teamward.it.access.AccessAuthorisationTests;
import org.teamward.it.access.AdministrationTests;
import org.teamward.it.access.DevicePasswordApiTests;
import org.teamward.it.access.DevicePasswordRightsTests;
import org.teamward.it.access.RaceTests;
import org.teamward.it.access.SessionTests;
import org.teamward.it.access.TwoFactorTests;
import org.teamward.it.api.ApiDescriptionTests;
import org.teamward.it.api.BadInputTests;
import org.teamward.it.api.EtagTests;
import org.teamward.it.api.GeneratedClientTests;
import org.teamward.it.api.HardeningTests;
import org.teamward.it.api.MalformedInputTests;
import org.teamward.it.api.OperationsTests;
import org.teamward.it.api.PagingTests;
import org.teamward.it.api.ProbingTests;
import org.teamward.it.attendance.TerminalTests;
import org.teamward.it.audit.AuditTests;
import org.teamward.it.audit.LogScanTests;
import org.teamward.it.parity.ParityTests;
import org.teamward.it.signin.CompanySignInTests;
import org.teamward.it.signin.ForgedTokenTests;
import org.teamward.it.signin.Keycloak;
import org.teamward.it.signin.ThrottlingTests;
import org.teamward.it.signin.TrustedProviderMfaTests;
import org.teamward.it.support.Api;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Server;
import org.teamward.it.web.WebTests;

/**
 * The integration suite: the real WAR, deployed once on Payara Micro and shared by every nested
 * group, so that the whole suite pays for one server start. Each group creates its own users and
 * records through the API, so groups and tests do not depend on each other's data or order; only
 * the log scan must come last.
 */
@ExtendWith(Keycloak.class)
@ExtendWith(ArquillianExtension.class)
@ExtendWith(OnlyGroups.class)
@RunAsClient
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class TeamwardIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    File war = new File(System.getProperty("teamward.war"));
    return ShrinkWrap.create(ZipImporter.class, "teamward.war")
        .importFrom(war)
        .as(WebArchive.class);
  }

  @ArquillianResource URL base;

  /**
   * Runs before the nested groups (JUnit runs a class's own tests first) and publishes the
   * deployment's address, which Arquillian injects only into this outer instance.
   */
  @Test
  void theDeploymentAnswers() {
    Server.base(base);
    Api.anonymous().get("/login.xhtml").then().statusCode(200);
  }

  @Nested
  @Order(1)
  class Operations extends OperationsTests {}

  @Nested
  @Order(2)
  class DevicePasswordsOverTheApi extends DevicePasswordApiTests {}

  @Nested
  @Order(3)
  class MalformedInput extends MalformedInputTests {}

  /**
   * What a person sees and does in the browser, whose database work the other groups cover through
   * the same use cases: so it runs on the default database only (see the README's testing section).
   */
  @Nested
  @Order(4)
  @Tag(Browser.ONLY)
  class WebUi extends WebTests {}

  @Nested
  @Order(5)
  class BadInput extends BadInputTests {}

  @Nested
  @Order(6)
  class Parity extends ParityTests {}

  @Nested
  @Order(7)
  class Administration extends AdministrationTests {}

  @Nested
  @Order(8)
  class DevicePasswordsFollowTheirOwnersRights extends DevicePasswordRightsTests {}

  @Nested
  @Order(9)
  class Races extends RaceTests {}

  @Nested
  @Order(10)
  class IdsCannotBeProbed extends ProbingTests {}

  @Nested
  @Order(11)
  class Etags extends EtagTests {}

  @Nested
  @Order(12)
  class Hardening extends HardeningTests {}

  @Nested
  @Order(13)
  class ApiDescription extends ApiDescriptionTests {}

  @Nested
  @Order(14)
  class AccessAuthorisations extends AccessAuthorisationTests {}

  @Nested
  @Order(15)
  class Terminal extends TerminalTests {}

  @Nested
  @Order(16)
  class GeneratedClient extends GeneratedClientTests {}

  @Nested
  @Order(17)
  class TwoFactor extends TwoFactorTests {}

  @Nested
  @Order(18)
  class Paging extends PagingTests {}

  @Nested
  @Order(19)
  class Throttling extends ThrottlingTests {}

  @Nested
  @Order(20)
  class Sessions extends SessionTests {}

  @Nested
  @Order(21)
  class Audit extends AuditTests {}

  @Nested
  @Order(22)
  class CompanySignIn extends CompanySignInTests {}

  @Nested
  @Order(23)
  class TrustedProviderMfa extends TrustedProviderMfaTests {}

  @Nested
  @Order(24)
  class ForgedTokens extends ForgedTokenTests {}

  @Nested
  @Order(Integer.MAX_VALUE)
  class ServerLog extends LogScanTests {}
}
