package org.teamward.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.AccessTarget.Predicates.declaredIn;
import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.teamward.access.accounts.SecuritySettings;
import org.teamward.access.accounts.TwoFactorRule;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.credentials.DevicePassword;
import org.teamward.access.rights.Caller;
import org.teamward.access.rights.Grant;
import org.teamward.access.secrets.TwoFactorKey;
import org.teamward.access.signin.Grants;
import org.teamward.access.signin.SecondFactor;
import org.teamward.security.ClientAddress;
import org.teamward.security.ProblemResponse;
import org.teamward.security.ProviderSettings;
import org.teamward.security.ProviderSignIn;
import org.teamward.security.SecondFactorCredential;
import org.teamward.security.WebSignIn;

/**
 * The module map, enforced when the WAR is built: only the domain touches persistence and judges
 * rights, and the two channels (REST API and web UI) never lean on each other, so neither can
 * bypass the domain.
 */
class ModuleBoundariesTest {

  /**
   * The domain module's classes, read from wherever its classes were loaded: the classes directory
   * in a reactor build, or the jar.
   */
  private static final JavaClasses DOMAIN =
      new ClassFileImporter()
          .importUrl(Grant.class.getProtectionDomain().getCodeSource().getLocation());

  /** Derived, not listed, so that a new domain package is covered the day it is added. */
  static final String[] DOMAIN_PACKAGES =
      DOMAIN.stream().map(JavaClass::getPackageName).distinct().sorted().toArray(String[]::new);

  private static final JavaClasses TEAMWARD =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.teamward");

  static final ArchRule ONLY_THE_DOMAIN_JUDGES_A_GRANT =
      noClasses()
          .that()
          .resideOutsideOfPackages(DOMAIN_PACKAGES)
          .should()
          .accessTargetWhere(target(declaredIn(Grant.class).and(nameMatching("has|hasAny"))))
          .orShould()
          .dependOnClassesThat()
          .belongToAnyOf(Grants.class)
          .because(
              "a right is checked in one place: the use cases and their policies decide, and the"
                  + " UI asks them (UseCaseRights, a policy) so that it never disagrees with the"
                  + " server; the grant of a request comes from Caller, never from Grants");

  static final ArchRule ONLY_THE_MECHANISM_IDENTIFIES_THE_CALLER =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.teamward.security")
          .should()
          .callMethod(Caller.class, "identify", Grant.class)
          .orShould()
          .callMethod(Caller.class, "arrivedFrom", String.class)
          .because(
              "a request's grant comes from its credential, verified by the one seam that the"
                  + " mechanism calls; nothing else may tell Caller who calls, or from where");

  /**
   * The security module's public face: what the channels may use of it. The mechanisms keep their
   * state under attribute names of their own; a page that read those would break silently when they
   * change. Constants are copied into the class that uses them, so this rule cannot see them: the
   * mechanisms' attribute names are package-private instead, and the compiler guards them.
   */
  static final ArchRule ONLY_THE_PUBLIC_FACE_OF_SECURITY_IS_USED =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.teamward.security..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("org.teamward.security..")
                  .and(
                      not(
                          belongToAnyOf(
                              ClientAddress.class,
                              ProblemResponse.class,
                              ProviderSettings.class,
                              ProviderSignIn.class,
                              SecondFactorCredential.class,
                              WebSignIn.class))))
          .because(
              "the pages and resources learn what a sign-in left behind from WebSignIn, not from"
                  + " the mechanisms' session and request attributes");

  /**
   * What the access packages opened to each other when they were split, and nobody else may use: an
   * account's sealed second-factor secrets and provider link, the second step, the sealing key, the
   * rule setter behind its use case, and the bulk revocation. Outside access, these go through the
   * guarded use cases.
   */
  static final ArchRule SIGN_IN_INTERNALS_STAY_IN_ACCESS =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.teamward.access..")
          .and()
          .resideOutsideOfPackage("org.teamward.setup..")
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(SecondFactor.class, TwoFactorKey.class, Grants.class)
          .orShould()
          .callMethodWhere(
              target(declaredIn(UserAccount.class))
                  .and(
                      nameMatching(
                          "totpSecret|totpPendingSecret|startTotpEnrolment|confirmTotpEnrolment"
                              + "|clearTotp|linkProvider")))
          .orShould()
          .callMethod(SecuritySettings.class, "setTwoFactorRule", TwoFactorRule.class)
          .orShould()
          .callMethodWhere(target(declaredIn(DevicePassword.class)).and(nameMatching("revokeAll")))
          .because("outside access, credentials change only through the guarded use cases");

  static final ArchRule ONE_PLACE_CONSTRUCTS_A_GRANT =
      noClasses()
          .that()
          .doNotBelongToAnyOf(Grant.class, Grants.class)
          .should()
          .callConstructorWhere(target(declaredIn(Grant.class)))
          .because(
              "a Grant comes from a credential one way: Grants reads it from the database's rows,"
                  + " so no second builder can forget a rule such as the IP allow-list");

  @Test
  void onePlaceConstructsAGrant() {
    ONE_PLACE_CONSTRUCTS_A_GRANT.check(TEAMWARD);
  }

  @Test
  void signInInternalsStayInAccess() {
    SIGN_IN_INTERNALS_STAY_IN_ACCESS.check(TEAMWARD);
  }

  @Test
  void theDomainPackagesAreFoundNotListed() {
    assertThat(DOMAIN_PACKAGES)
        .contains("org.teamward.access.rights", "org.teamward.setup", "org.teamward.time")
        .noneMatch(
            p ->
                p.startsWith("org.teamward.api")
                    || p.startsWith("org.teamward.security")
                    || p.startsWith("org.teamward.web"));
  }

  /** What makes a package-based rule sound: a package belongs to one module only. */
  @Test
  void noOtherModuleAddsClassesToADomainPackage() {
    Set<String> domainClasses = DOMAIN.stream().map(JavaClass::getName).collect(Collectors.toSet());
    assertThat(
            TEAMWARD.stream()
                .filter(c -> !domainClasses.contains(c.getName()))
                .filter(c -> Set.of(DOMAIN_PACKAGES).contains(c.getPackageName()))
                .map(JavaClass::getName))
        .isEmpty();
  }

  @Test
  void onlyTheDomainTouchesTheEntityManager() {
    noClasses()
        .that()
        .resideOutsideOfPackages(DOMAIN_PACKAGES)
        .should()
        .dependOnClassesThat()
        .belongToAnyOf(
            jakarta.persistence.EntityManager.class, jakarta.persistence.EntityManagerFactory.class)
        .because("resources, beans and mechanisms go through domain use cases")
        .check(TEAMWARD);
  }

  @Test
  void onlyTheDomainJudgesAGrant() {
    ONLY_THE_DOMAIN_JUDGES_A_GRANT.check(TEAMWARD);
  }

  @Test
  void onlyTheMechanismIdentifiesTheCaller() {
    ONLY_THE_MECHANISM_IDENTIFIES_THE_CALLER.check(TEAMWARD);
  }

  @Test
  void onlyThePublicFaceOfSecurityIsUsed() {
    ONLY_THE_PUBLIC_FACE_OF_SECURITY_IS_USED.check(TEAMWARD);
  }

  @Test
  void theApiDoesNotDependOnTheWebUi() {
    noClasses()
        .that()
        .resideInAPackage("org.teamward.api..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.teamward.web..")
        .check(TEAMWARD);
  }

  @Test
  void theWebUiDoesNotDependOnTheApi() {
    noClasses()
        .that()
        .resideInAPackage("org.teamward.web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.teamward.api..")
        .check(TEAMWARD);
  }

  @Test
  void theDomainDependsOnNoChannelAndNoSecurityMechanism() {
    noClasses()
        .that()
        .resideInAnyPackage(DOMAIN_PACKAGES)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.teamward.api..", "org.teamward.web..", "org.teamward.security..")
        .check(TEAMWARD);
  }
}
