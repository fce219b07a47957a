package org.monetization;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules of STYLE.md and DESIGN.md, checked on core's main classes. Each rule is built for a
 * root package, so that it is also shown to catch a violation in the fixture packages of
 * {@code org.monetization.testing.architecture}.
 */
class ArchitectureTest {
  private static final String ROOT = "org.monetization";
  private static final String FIXTURE_ROOT = "org.monetization.testing.architecture";
  private static final String[] FORBIDDEN = {
    "jakarta.persistence..", "javax.persistence..", "org.hibernate..",
    "jakarta.servlet..", "javax.servlet..", "org.springframework.."
  };

  private static final JavaClasses CORE =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
  private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(FIXTURE_ROOT);

  // --- the rules, checked on core ---

  @Test
  void coreIsFreeOfPersistenceServletAndSpring() {
    noDependencyOn(ROOT, FORBIDDEN).check(CORE);
  }

  @Test
  void noApiSignatureExposesAnInternalType() {
    noApiExposesInternalTypes(ROOT).check(CORE);
  }

  @Test
  void internalClassesAreUsedOnlyWithinTheirAreaOrByTheFacade() {
    internalsStayInTheirArea(ROOT).check(CORE);
  }

  @Test
  void packagesAreFreeOfCycles() {
    packagesFreeOfCycles(ROOT).check(CORE);
  }

  @Test
  void areasAreFreeOfCyclesApartFromImplementationsUsingThePorts() {
    areasFreeOfCycles(ROOT).check(CORE);
  }

  @Test
  void theImportSeesTheMainClassesOnly() {
    assertThat(CORE.contain(Monetization.class)).isTrue();
    assertThat(CORE.contain("org.monetization.customer.internal.CustomerService")).isTrue();
    assertThat(CORE.stream().map(JavaClass::getName)).noneMatch(name -> name.contains("Test") || name.contains(".testing."));
  }

  // --- each rule catches a planted violation ---

  @Test
  void theDependencyRuleCatchesAForbiddenDependency() {
    // No forbidden framework is on the test class path; the fixture depends on Guava in its place.
    assertViolations(noDependencyOn(FIXTURE_ROOT, "com.google.common.."), "UsesGuava");
  }

  @Test
  void theExposureRuleCatchesInternalTypesInParametersReturnTypesFieldsAndTypeArguments() {
    assertViolations(
        noApiExposesInternalTypes(FIXTURE_ROOT),
        "Widgets.engine()",
        "Widgets.<init>(",
        "Widgets.spare",
        "Widgets.engines()");
  }

  @Test
  void theAreaRuleCatchesAnotherAreaUsingAnInternalClass() {
    assertViolations(internalsStayInTheirArea(FIXTURE_ROOT), "gadget.GadgetAssembly");
  }

  @Test
  void theCycleRulesCatchACycleBetweenAreas() {
    assertViolations(packagesFreeOfCycles(FIXTURE_ROOT), "cyclea", "cycleb");
    assertViolations(areasFreeOfCycles(FIXTURE_ROOT), "cyclea", "cycleb");
  }

  private static void assertViolations(ArchRule rule, String... expectedFragments) {
    EvaluationResult result = rule.evaluate(FIXTURES);
    assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
    String report = String.join("\n", result.getFailureReport().getDetails());
    assertThat(report).contains(expectedFragments);
    assertThat(report).doesNotContain("widget.Clean");
  }

  // --- rule definitions ---

  static ArchRule noDependencyOn(String root, String... packages) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(packages)
        .allowEmptyShould(false)
        .because("core is a plain library; frameworks live in adapter modules");
  }

  static ArchRule noApiExposesInternalTypes(String root) {
    return members()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideInAPackage(root + "..")
        .and()
        .areDeclaredInClassesThat()
        .resideOutsideOfPackage("..internal..")
        .should(notExposeInternalTypes())
        .allowEmptyShould(false)
        .because("an internal type in an API signature makes it API");
  }

  static ArchRule internalsStayInTheirArea(String root) {
    return classes()
        .that()
        .resideInAPackage(root + "..internal..")
        .should(beUsedOnlyFromTheirAreaOrTheFacade(root))
        .allowEmptyShould(false)
        .because("an area's implementation is reached through its API; the facade wires it");
  }

  static ArchRule packagesFreeOfCycles(String root) {
    return slices().matching(root + ".(**)").should().beFreeOfCycles().allowEmptyShould(false);
  }

  /**
   * Areas ({@code root.X..}, API and implementation together) must not depend on each other in a cycle. The
   * one exception is the dependency inversion the design prescribes: the ports ({@code root.spi}) are
   * written in the areas' API types, and the implementations ({@code ..internal..}) use the ports and the
   * shared command machinery ({@code root.internal}). Counted as area dependencies, those edges close a
   * cycle for every area that has storage (customer -> spi -> customer), whatever the code does.
   */
  static ArchRule areasFreeOfCycles(String root) {
    return slices()
        .matching(root + ".(*)..")
        .should()
        .beFreeOfCycles()
        .ignoreDependency(
            resideInAPackage(root + "..internal.."), resideInAnyPackage(root + ".spi..", root + ".internal.."))
        .allowEmptyShould(false);
  }

  private static ArchCondition<JavaMember> notExposeInternalTypes() {
    return new ArchCondition<>("not expose a type of an ..internal.. package in their signature") {
      @Override
      public void check(JavaMember member, ConditionEvents events) {
        List<JavaType> signature = new ArrayList<>();
        if (member instanceof JavaField field) {
          signature.add(field.getType());
        } else if (member instanceof JavaCodeUnit code) {
          signature.addAll(code.getParameterTypes());
          signature.add(code.getReturnType());
        }
        Set<String> exposed = new LinkedHashSet<>();
        for (JavaType type : signature) {
          for (JavaClass raw : type.getAllInvolvedRawTypes()) {
            if (isInternal(raw.getPackageName())) {
              exposed.add(raw.getName());
            }
          }
        }
        boolean clean = exposed.isEmpty();
        events.add(
            new SimpleConditionEvent(
                member, clean, member.getFullName() + (clean ? " exposes no internal type" : " exposes " + exposed)));
      }
    };
  }

  private static ArchCondition<JavaClass> beUsedOnlyFromTheirAreaOrTheFacade(String root) {
    return new ArchCondition<>("be used only from their own area, or the facade package " + root) {
      @Override
      public void check(JavaClass internal, ConditionEvents events) {
        String area = areaOf(internal.getPackageName());
        for (Dependency dependency : internal.getDirectDependenciesToSelf()) {
          String origin = dependency.getOriginClass().getPackageName();
          boolean allowed =
              origin.equals(root)
                  || origin.equals(area)
                  || origin.startsWith(area + ".")
                  // the root's internal package is shared machinery of every area's implementation
                  || (area.equals(root) && isInternal(origin));
          events.add(new SimpleConditionEvent(dependency, allowed, dependency.getDescription()));
        }
      }
    };
  }

  private static boolean isInternal(String packageName) {
    return packageName.endsWith(".internal") || packageName.contains(".internal.");
  }

  /** Returns the package an internal package belongs to: {@code a.b.internal.c} belongs to {@code a.b}. */
  private static String areaOf(String internalPackage) {
    String suffix = internalPackage.endsWith(".internal") ? ".internal" : ".internal.";
    return internalPackage.substring(0, internalPackage.indexOf(suffix));
  }
}
