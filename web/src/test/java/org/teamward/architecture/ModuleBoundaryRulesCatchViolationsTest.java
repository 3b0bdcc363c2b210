package org.teamward.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.rights.Caller;
import org.teamward.access.rights.EmployeeScope;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Permission;
import org.teamward.access.signin.Grants;
import org.teamward.security.WebAuthenticationMechanism;
import org.teamward.security.WebSignIn;
import org.teamward.web.UseCase;

/** The rules must fail on a bad example, or a passing build proves nothing. */
class ModuleBoundaryRulesCatchViolationsTest {

  /** A backing bean that decides for itself instead of asking the domain. */
  static class SelfJudgingBean {
    Grants grants;

    boolean mayEdit(Grant grant) {
      return grant.has(Permission.PROJECT_EDIT);
    }

    boolean mayView(Grant grant) {
      return grant.hasAny(Permission.PROJECT_VIEW, Permission.PROJECT_EDIT);
    }

    Predicate<Permission> holds(Grant grant) {
      return grant::has;
    }
  }

  /** A backing bean that asks the domain, and reads the grant only to show who acts. */
  static class DomainAskingBean {
    boolean maySee(Grant grant) {
      return UseCase.PROJECTS_LIST.allows(grant);
    }

    String who(Grant grant) {
      return grant.name();
    }
  }

  /** A backing bean that makes its caller someone else, past the credential seam. */
  static class SelfIdentifyingBean {
    Caller caller;

    void actAs(Grant grant) {
      caller.identify(grant);
    }

    void comeFrom(String clientIp) {
      caller.arrivedFrom(clientIp);
    }
  }

  /** A backing bean that reaches past the security module's public face into the mechanism. */
  static class MechanismReachingBean {
    WebAuthenticationMechanism mechanism;

    void forget(HttpServletRequest request, HttpServletResponse response) {
      mechanism.cleanSubject(request, response, null);
    }
  }

  /** A backing bean that makes up a grant instead of reading the request's from Caller. */
  static class GrantMakingBean {
    Grant everything() {
      return new Grant(
          Grant.Kind.USER,
          1,
          "made up",
          Set.of(Permission.values()),
          null,
          EmployeeScope.ALL,
          Grant.Credential.WEB_SESSION,
          null);
    }
  }

  /** A backing bean that turns off an account's second factor past its use case. */
  static class SecondFactorClearingBean {
    void reset(UserAccount account) {
      account.clearTotp();
    }
  }

  /** A backing bean that asks the public face what the sign-in left behind. */
  static class FaceAskingBean {
    WebSignIn signIn;

    boolean throttled() {
      return signIn.retryAfter().isPresent();
    }
  }

  @Test
  void judgingAGrantOutsideTheDomainFailsTheRule() {
    var bean = new ClassFileImporter().importClasses(SelfJudgingBean.class);
    assertThatThrownBy(() -> ModuleBoundariesTest.ONLY_THE_DOMAIN_JUDGES_A_GRANT.check(bean))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("mayEdit(")
        .hasMessageContaining("mayView(")
        .hasMessageContaining("holds(")
        .hasMessageContaining("Field <" + SelfJudgingBean.class.getName() + ".grants>");
  }

  @Test
  void askingTheDomainPassesTheRule() {
    var bean = new ClassFileImporter().importClasses(DomainAskingBean.class);
    assertThatCode(() -> ModuleBoundariesTest.ONLY_THE_DOMAIN_JUDGES_A_GRANT.check(bean))
        .doesNotThrowAnyException();
  }

  @Test
  void identifyingTheCallerOutsideTheMechanismFailsTheRule() {
    var bean = new ClassFileImporter().importClasses(SelfIdentifyingBean.class);
    assertThatThrownBy(
            () -> ModuleBoundariesTest.ONLY_THE_MECHANISM_IDENTIFIES_THE_CALLER.check(bean))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("actAs(")
        .hasMessageContaining("comeFrom(");
  }

  @Test
  void reachingPastTheSecurityFaceFailsTheRule() {
    var bean = new ClassFileImporter().importClasses(MechanismReachingBean.class);
    assertThatThrownBy(
            () -> ModuleBoundariesTest.ONLY_THE_PUBLIC_FACE_OF_SECURITY_IS_USED.check(bean))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("forget(")
        .hasMessageContaining("Field <" + MechanismReachingBean.class.getName() + ".mechanism>");
  }

  @Test
  void askingTheSecurityFacePassesTheRule() {
    var bean = new ClassFileImporter().importClasses(FaceAskingBean.class);
    assertThatCode(() -> ModuleBoundariesTest.ONLY_THE_PUBLIC_FACE_OF_SECURITY_IS_USED.check(bean))
        .doesNotThrowAnyException();
  }

  @Test
  void clearingASecondFactorPastItsUseCaseFailsTheRule() {
    assertThatThrownBy(
            () ->
                ModuleBoundariesTest.SIGN_IN_INTERNALS_STAY_IN_ACCESS.check(
                    new ClassFileImporter().importClasses(SecondFactorClearingBean.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("clearTotp");
    assertThatCode(
            () ->
                ModuleBoundariesTest.SIGN_IN_INTERNALS_STAY_IN_ACCESS.check(
                    new ClassFileImporter().importClasses(DomainAskingBean.class)))
        .doesNotThrowAnyException();
  }

  @Test
  void constructingAGrantOutsideGrantsFailsTheRule() {
    assertThatThrownBy(
            () ->
                ModuleBoundariesTest.ONE_PLACE_CONSTRUCTS_A_GRANT.check(
                    new ClassFileImporter().importClasses(GrantMakingBean.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("GrantMakingBean");
    assertThatCode(
            () ->
                ModuleBoundariesTest.ONE_PLACE_CONSTRUCTS_A_GRANT.check(
                    new ClassFileImporter().importClasses(DomainAskingBean.class, Grants.class)))
        .doesNotThrowAnyException();
  }
}
