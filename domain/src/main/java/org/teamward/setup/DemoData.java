package org.teamward.setup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.teamward.absence.Absence;
import org.teamward.absence.AbsenceStatus;
import org.teamward.absence.AbsenceType;
import org.teamward.access.accounts.StandardGroup;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.accounts.UserGroup;
import org.teamward.access.secrets.PasswordHashing;
import org.teamward.attendance.AttendanceBreak;
import org.teamward.attendance.AttendanceCategory;
import org.teamward.attendance.AttendanceRecord;
import org.teamward.attendance.AttendanceSource;
import org.teamward.employee.Employee;
import org.teamward.project.Project;
import org.teamward.project.ProjectStatus;
import org.teamward.time.TimeBooking;

/**
 * Seeds a small, realistic company for trying Teamward out: three departments, 25 people with
 * accounts, ten projects, and three months of time bookings, attendance and absences up to today.
 *
 * <p>Everything is derived from a fixed random seed, so two demo installations started on the same
 * day look alike; only the shared demo password is random, because a demo can still be reachable
 * from a network.
 */
@ApplicationScoped
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  static final String MAIL_DOMAIN = "demo.teamward.org";
  static final String CREDENTIALS_FILE = "demo-credentials.txt";
  private static final long SEED = 20_240_611L;
  private static final int FLUSH_EVERY = 500;

  @PersistenceContext EntityManager em;
  @Inject PasswordHashing hashing;
  @Inject FirstStart firstStart;

  Clock clock = Clock.systemUTC();

  private enum Role {
    EMPLOYEE,
    HEAD,
    HR,
    ADMIN
  }

  private record Person(
      String first, String last, String department, Role role, String zone, String locale) {

    Person(String first, String last, String department, Role role) {
      this(first, last, department, role, "Europe/Berlin", "de");
    }
  }

  /** Department heads first: everyone after them in the department reports to them. */
  private static final List<Person> PEOPLE =
      List.of(
          new Person("Katrin", "Vogel", "Engineering", Role.HEAD),
          new Person("Jonas", "Becker", "Engineering", Role.EMPLOYEE),
          new Person("Aylin", "Yıldız", "Engineering", Role.EMPLOYEE),
          new Person("Lukas", "Schröder", "Engineering", Role.EMPLOYEE),
          new Person("Priya", "Nair", "Engineering", Role.EMPLOYEE, "Europe/London", "en"),
          new Person("Mateo", "García", "Engineering", Role.EMPLOYEE, "Europe/Madrid", "en"),
          new Person("Sophie", "Wagner", "Engineering", Role.EMPLOYEE),
          new Person("Felix", "Hoffmann", "Engineering", Role.EMPLOYEE),
          new Person("Marta", "Kowalczyk", "Engineering", Role.EMPLOYEE),
          new Person("Tim", "Krüger", "Engineering", Role.EMPLOYEE),
          new Person("Stefan", "Richter", "Sales", Role.HEAD),
          new Person("Laura", "Neumann", "Sales", Role.EMPLOYEE),
          new Person("Oliver", "Bennett", "Sales", Role.EMPLOYEE, "Europe/London", "en"),
          new Person("Julia", "Schmitt", "Sales", Role.EMPLOYEE),
          new Person("Emre", "Demir", "Sales", Role.EMPLOYEE),
          new Person("Hannah", "Fischer", "Sales", Role.EMPLOYEE),
          new Person("Nico", "Braun", "Sales", Role.EMPLOYEE),
          new Person("Claudia", "Meyer", "Operations", Role.HEAD),
          new Person("Sabine", "Wolf", "Operations", Role.HR),
          new Person("Daniel", "Koch", "Operations", Role.HR),
          new Person("Thomas", "Keller", "Operations", Role.ADMIN),
          new Person("Lea", "Zimmermann", "Operations", Role.EMPLOYEE),
          new Person("Moritz", "Lange", "Operations", Role.EMPLOYEE),
          new Person("Elif", "Şahin", "Operations", Role.EMPLOYEE),
          new Person("Anna", "Schulz", "Operations", Role.EMPLOYEE));

  private record ProjectSpec(String code, String name, Integer budgetHours, boolean archived) {}

  private static final List<ProjectSpec> PROJECTS =
      List.of(
          new ProjectSpec("ACME-WEB", "ACME web shop relaunch", 1200, false),
          new ProjectSpec("ACME-APP", "ACME mobile app", 800, false),
          new ProjectSpec("NORD-ERP", "Nordwind ERP integration", 1500, false),
          new ProjectSpec("KLAR-DWH", "Klarsicht data warehouse", 900, false),
          new ProjectSpec("BAUM-CRM", "Baumann CRM roll-out", 600, false),
          new ProjectSpec("HELIO-SUP", "Helio support contract", 400, false),
          new ProjectSpec("INT-PLAT", "Internal platform and tooling", null, false),
          new ProjectSpec("INT-SALES", "Presales and customer meetings", null, false),
          new ProjectSpec("INT-OPS", "Operations and administration", null, false),
          new ProjectSpec("LEGACY-MIG", "Legacy system migration", 300, true));

  /** Which projects each department books on, and what they write in the description. */
  private static final Map<String, List<String>> WORK =
      Map.of(
          "Engineering", List.of("ACME-WEB", "ACME-APP", "NORD-ERP", "KLAR-DWH", "INT-PLAT"),
          "Sales", List.of("INT-SALES", "BAUM-CRM", "HELIO-SUP", "ACME-WEB"),
          "Operations", List.of("INT-OPS", "HELIO-SUP", "INT-PLAT"));

  private static final Map<String, List<String>> DESCRIPTIONS =
      Map.of(
          "ACME-WEB",
              List.of(
                  "Checkout page redesign",
                  "Fixed cart total rounding",
                  "Sprint planning",
                  "Code review",
                  "Product search filters",
                  "Customer demo"),
          "ACME-APP",
              List.of(
                  "Push notifications",
                  "Offline mode for order list",
                  "App store release 2.3",
                  "Login screen accessibility"),
          "NORD-ERP",
              List.of(
                  "Invoice export mapping",
                  "Stock sync job",
                  "Workshop with Nordwind IT",
                  "Error handling for order import"),
          "KLAR-DWH",
              List.of(
                  "Sales dashboard queries", "Nightly load performance", "Data model for returns"),
          "BAUM-CRM",
              List.of(
                  "Roll-out planning",
                  "User training session",
                  "Contact import clean-up",
                  "Follow-up call with Baumann"),
          "HELIO-SUP", List.of("Support tickets", "Monthly service report", "Hotline shift"),
          "INT-PLAT",
              List.of(
                  "Build pipeline maintenance",
                  "Laptop set-up for new colleague",
                  "Dependency updates",
                  "Backup restore test"),
          "INT-SALES",
              List.of(
                  "Offer for Stadtwerke Lindau",
                  "Trade fair preparation",
                  "CRM pipeline review",
                  "Customer visit",
                  "Pricing workshop"),
          "INT-OPS",
              List.of(
                  "Payroll preparation",
                  "Applicant interviews",
                  "Office organisation",
                  "Supplier invoices",
                  "Onboarding documents"));

  private final Map<String, Object> references = new HashMap<>();
  private int pending;

  @Transactional
  public void seed(Map<StandardGroup, UserGroup> detachedGroups) {
    long started = System.nanoTime();
    references.clear();
    pending = 0;
    Random random = new Random(SEED);
    Map<StandardGroup, UserGroup> groups = new EnumMap<>(StandardGroup.class);
    detachedGroups.forEach(
        (kind, group) -> groups.put(kind, em.find(UserGroup.class, group.getId())));

    // One slow hash for all demo accounts: 600,000 PBKDF2 iterations per account would take
    // several seconds for 25 people, and they share the password anyway.
    String password = PasswordHashing.randomPassword();
    String hash = hashing.hash(password);

    Map<String, Long> projectIds = seedProjects();
    List<Staff> staff = seedPeople(groups, hash);
    em.flush();
    em.clear();

    LocalDate berlinToday = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
    int bookings = 0;
    for (Staff member : staff) {
      ZoneId zone = ZoneId.of(member.person.zone());
      LocalDate today = LocalDate.now(clock.withZone(zone));
      Set<LocalDate> away = seedAbsences(member, staff, today, random);
      bookings += seedWork(member, projectIds, today.minusMonths(3), today, away, random);
      if (!away.contains(today) && random.nextBoolean()) {
        seedOpenCheckIn(member, today, random);
      }
    }
    em.flush();

    writeCredentials(staff, password);
    long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
    int total = bookings;
    LOG.info(
        () ->
            "Demo data: %d people, %d projects, %d time bookings up to %s, in %d ms."
                .formatted(staff.size(), PROJECTS.size(), total, berlinToday, millis));
  }

  /** An employee with their account, by id, so that they survive clearing the context. */
  private record Staff(Person person, long employeeId, long userId, Long managerUserId) {}

  private Map<String, Long> seedProjects() {
    Map<String, Long> ids = new HashMap<>();
    for (ProjectSpec spec : PROJECTS) {
      Project project = new Project();
      project.setCode(spec.code());
      project.setName(spec.name());
      project.setBudgetHours(
          spec.budgetHours() == null ? null : new BigDecimal(spec.budgetHours()));
      project.setStatus(spec.archived() ? ProjectStatus.ARCHIVED : ProjectStatus.ACTIVE);
      em.persist(project); // the sequence assigns the id at once
      ids.put(spec.code(), project.getId());
    }
    return ids;
  }

  private List<Staff> seedPeople(Map<StandardGroup, UserGroup> groups, String hash) {
    List<Staff> staff = new ArrayList<>();
    Map<String, Employee> heads = new HashMap<>();
    Map<String, UserAccount> headAccounts = new HashMap<>();
    int number = 1001;
    for (Person person : PEOPLE) {
      Employee employee = new Employee();
      employee.setPersonnelNumber("P-" + number++);
      employee.setFirstName(person.first());
      employee.setLastName(person.last());
      employee.setEmail(email(person));
      employee.setDepartment(person.department());
      employee.setTimeZone(person.zone());
      employee.setLineManager(heads.get(person.department()));
      em.persist(employee);

      UserAccount user = new UserAccount();
      user.setEmail(employee.getEmail());
      user.setDisplayName(employee.getFullName());
      user.setLocale(person.locale());
      user.setEmployee(employee);
      user.setPasswordHash(hash, false);
      join(user, groups.get(StandardGroup.EMPLOYEES));
      switch (person.role()) {
        case HEAD -> join(user, groups.get(StandardGroup.TEAM_LEADS));
        case HR -> join(user, groups.get(StandardGroup.HR));
        case ADMIN -> join(user, groups.get(StandardGroup.ADMINISTRATORS));
        case EMPLOYEE -> {}
      }
      em.persist(user);

      UserAccount manager = headAccounts.get(person.department());
      staff.add(
          new Staff(
              person, employee.getId(), user.getId(), manager == null ? null : manager.getId()));
      if (person.role() == Role.HEAD) {
        heads.put(person.department(), employee);
        headAccounts.put(person.department(), user);
      }
    }
    return staff;
  }

  private static void join(UserAccount user, UserGroup group) {
    user.getGroups().add(group);
    group.getMembers().add(user);
  }

  /**
   * Past and upcoming absences, with a few fixed ones so that today always shows someone on leave,
   * someone sick and a request to decide. Answers the days the person was or is away.
   */
  private Set<LocalDate> seedAbsences(
      Staff member, List<Staff> staff, LocalDate today, Random random) {
    Set<LocalDate> away = new HashSet<>();
    LocalDate windowStart = today.minusMonths(3);
    Long hr = staff.stream().filter(s -> s.person.role() == Role.HR).findFirst().get().userId();
    // Heads have their leave approved by HR, everyone else by their department head.
    Long approver = member.managerUserId() == null ? hr : member.managerUserId();
    String name = member.person.first();

    if (random.nextDouble() < 0.6) {
      LocalDate from = workingDayAfter(windowStart.plusDays(random.nextInt(75)));
      absence(member, AbsenceType.ANNUAL_LEAVE, from, 2 + random.nextInt(4), AbsenceStatus.APPROVED)
          .approvedBy(approver, today)
          .note(random.nextBoolean() ? null : "Family visit")
          .addTo(away, today);
    }
    if (random.nextDouble() < 0.35) {
      LocalDate from = workingDayAfter(windowStart.plusDays(random.nextInt(80)));
      int days = 1 + random.nextInt(4);
      absence(member, AbsenceType.SICKNESS, from, days, AbsenceStatus.APPROVED)
          .approvedBy(hr, today)
          // A certificate is due from the fourth day in Germany; some bring one earlier.
          .certificate(days >= 3 || random.nextDouble() < 0.3)
          .addTo(away, today);
    }
    if (random.nextDouble() < 0.4) {
      LocalDate from = workingDayAfter(today.plusWeeks(1 + random.nextInt(6)));
      absence(
              member,
              AbsenceType.ANNUAL_LEAVE,
              from,
              3 + random.nextInt(8),
              AbsenceStatus.REQUESTED)
          .note(random.nextBoolean() ? null : "Summer holiday")
          .addTo(away, today);
    }

    LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    switch (name) {
      case "Lukas" ->
          absence(member, AbsenceType.ANNUAL_LEAVE, monday, 5, AbsenceStatus.APPROVED)
              .approvedBy(approver, today)
              .note("Hiking in the Alps")
              .addTo(away, today);
      case "Hannah" ->
          absence(member, AbsenceType.SICKNESS, today.minusDays(1), 3, AbsenceStatus.APPROVED)
              .approvedBy(hr, today)
              .addTo(away, today);
      case "Jonas" ->
          absence(member, AbsenceType.CHILD_SICK, today.minusWeeks(3), 2, AbsenceStatus.APPROVED)
              .approvedBy(hr, today)
              .certificate(true)
              .addTo(away, today);
      case "Laura" ->
          absence(member, AbsenceType.ANNUAL_LEAVE, today.plusDays(2), 2, AbsenceStatus.REQUESTED)
              .note("Moving house")
              .addTo(away, today);
      case "Moritz" ->
          absence(member, AbsenceType.ANNUAL_LEAVE, today.plusWeeks(2), 5, AbsenceStatus.REJECTED)
              .approvedBy(approver, today)
              .note("Rejected: overlaps with the quarterly stock-take")
              .addTo(away, today);
      case "Elif" ->
          absence(member, AbsenceType.SPECIAL_LEAVE, today, 1, AbsenceStatus.APPROVED)
              .approvedBy(approver, today)
              .note("Wedding of a sibling")
              .addTo(away, today);
      default -> {}
    }
    return away;
  }

  private AbsenceDraft absence(
      Staff member, AbsenceType type, LocalDate from, int workingDays, AbsenceStatus status) {
    Absence absence = new Absence();
    absence.setEmployee(reference(Employee.class, member.employeeId()));
    absence.setType(type);
    LocalDate start = workingDayAfter(from);
    absence.setFrom(start);
    absence.setTo(plusWorkingDays(start, workingDays - 1));
    absence.setStatus(status);
    return new AbsenceDraft(absence, member);
  }

  /** Fills in an absence fluently, then persists it and notes the days it keeps someone away. */
  private final class AbsenceDraft {
    private final Absence absence;
    private final Staff member;

    AbsenceDraft(Absence absence, Staff member) {
      this.absence = absence;
      this.member = member;
    }

    AbsenceDraft approvedBy(Long userId, LocalDate today) {
      ZoneId zone = ZoneId.of(member.person.zone());
      LocalDate decided = absence.getFrom().isAfter(today) ? today : absence.getFrom();
      absence.decide(
          absence.getStatus(),
          reference(UserAccount.class, userId),
          decided.atTime(9, 0).atZone(zone).minusDays(1).toInstant());
      return this;
    }

    AbsenceDraft note(String note) {
      absence.setNote(note);
      return this;
    }

    AbsenceDraft certificate(boolean certificate) {
      absence.setMedicalCertificate(certificate);
      return this;
    }

    void addTo(Set<LocalDate> away, LocalDate today) {
      persist(absence);
      if (absence.getStatus() == AbsenceStatus.APPROVED) {
        for (LocalDate d = absence.getFrom(); !d.isAfter(absence.getTo()); d = d.plusDays(1)) {
          away.add(d);
        }
      }
    }
  }

  /** Attendance and time bookings for each working day before today; answers the bookings. */
  private int seedWork(
      Staff member,
      Map<String, Long> projectIds,
      LocalDate from,
      LocalDate today,
      Set<LocalDate> away,
      Random random) {
    Person person = member.person;
    ZoneId zone = ZoneId.of(person.zone());
    List<String> codes = WORK.get(person.department());
    String mainProject = codes.get(Math.floorMod(person.last().hashCode(), codes.size()));
    int bookings = 0;
    for (LocalDate day = from; day.isBefore(today); day = day.plusDays(1)) {
      if (!isWorkingDay(day) || away.contains(day)) {
        continue;
      }
      Employee employee = reference(Employee.class, member.employeeId());
      LocalTime in = LocalTime.of(7, 30).plusMinutes(random.nextInt(121));
      int workedMinutes = 450 + random.nextInt(76);
      int breakMinutes = 30 + random.nextInt(16);
      Instant checkIn = day.atTime(in).atZone(zone).toInstant();
      Instant breakStart = checkIn.plus(Duration.ofMinutes(210 + random.nextInt(61)));

      AttendanceRecord record = new AttendanceRecord();
      record.setEmployee(employee);
      record.setCheckIn(checkIn);
      record.setCheckOut(checkIn.plus(Duration.ofMinutes(workedMinutes + breakMinutes)));
      record.setCategory(category(person, random));
      record.setSource(
          person.department().equals("Operations") && random.nextDouble() < 0.7
              ? AttendanceSource.TERMINAL
              : AttendanceSource.WEB);
      record
          .getBreaks()
          .add(new AttendanceBreak(breakStart, breakStart.plus(Duration.ofMinutes(breakMinutes))));
      persist(record);

      // Book most of the time worked, in quarter hours, on one to three projects; mostly on the
      // person's main project first.
      int quarters = workedMinutes / 15 - random.nextInt(4);
      int pieces = 1 + random.nextInt(3);
      for (int i = 0; i < pieces; i++) {
        int rest = pieces - 1 - i;
        int share = rest == 0 ? quarters : 2 + random.nextInt(Math.max(1, quarters - 2 * rest - 1));
        quarters -= share;
        String code =
            i == 0 && random.nextDouble() < 0.7
                ? mainProject
                : codes.get(random.nextInt(codes.size()));
        List<String> texts = DESCRIPTIONS.get(code);
        TimeBooking booking = new TimeBooking();
        booking.setEmployee(employee);
        booking.setProject(reference(Project.class, projectIds.get(code)));
        booking.setDate(day);
        booking.setDurationMinutes(share * 15);
        booking.setDescription(texts.get(random.nextInt(texts.size())));
        booking.setBillable(!code.startsWith("INT-"));
        persist(booking);
        bookings++;
      }
    }
    return bookings;
  }

  private static AttendanceCategory category(Person person, Random random) {
    double roll = random.nextDouble();
    if (person.department().equals("Sales") && roll < 0.15) {
      return AttendanceCategory.EXTERNAL_WORK;
    }
    return roll > 0.8 ? AttendanceCategory.HOME_OFFICE : AttendanceCategory.OFFICE;
  }

  /**
   * Checked in right now, so that the dashboard shows who is in. Done on any day, weekends too,
   * because a demo is often tried out then.
   */
  private void seedOpenCheckIn(Staff member, LocalDate today, Random random) {
    Instant now = clock.instant();
    ZoneId zone = ZoneId.of(member.person.zone());
    Instant usual =
        today.atTime(LocalTime.of(7, 30).plusMinutes(random.nextInt(121))).atZone(zone).toInstant();
    Instant checkIn =
        usual.isBefore(now.minus(Duration.ofMinutes(10)))
            ? usual
            : now.minus(Duration.ofMinutes(20 + random.nextInt(70)));
    AttendanceRecord record = new AttendanceRecord();
    record.setEmployee(reference(Employee.class, member.employeeId()));
    record.setCheckIn(checkIn);
    record.setCategory(category(member.person, random));
    persist(record);
  }

  private void writeCredentials(List<Staff> staff, String password) {
    StringBuilder text = new StringBuilder();
    for (Role role : List.of(Role.EMPLOYEE, Role.HEAD, Role.HR, Role.ADMIN)) {
      Person person =
          staff.stream().map(Staff::person).filter(p -> p.role() == role).findFirst().get();
      text.append(
          "  %-16s %s%s%n"
              .formatted(
                  label(role) + ":",
                  email(person),
                  role == Role.HEAD ? " (" + person.department() + ")" : ""));
    }
    text.append("  %-16s %s%n".formatted("password (all):", password));
    text.append(
        "  Each team lead (group \"Team leads\", scoped to the own department) sees the time and\n"
            + "  attendance of their own department only, and approves only its absences. Everyone\n"
            + "  sees who is away, without the reason.\n");
    Path file = firstStart.writeOwnerOnly(CREDENTIALS_FILE, "Teamward demo sign-ins\n" + text);
    // Printed once, on the start that seeded the demo; the password is random, so there is no
    // other way to learn it.
    LOG.warning(
        "\n======================================================================\n"
            + " Teamward seeded DEMO DATA. Demo sign-ins (all "
            + staff.size()
            + " demo people share the password):\n"
            + text
            + (file == null ? "" : " Also written to " + file + " (readable by its owner only).\n")
            + "======================================================================");
  }

  private static String label(Role role) {
    return switch (role) {
      case EMPLOYEE -> "employee";
      case HEAD -> "team lead";
      case HR -> "HR";
      case ADMIN -> "administrator";
    };
  }

  /** firstname.lastname@demo.teamward.org, in plain ASCII: Schröder becomes schroeder. */
  static String email(Person person) {
    return ascii(person.first()) + "." + ascii(person.last()) + "@" + MAIL_DOMAIN;
  }

  private static String ascii(String name) {
    String german =
        name.toLowerCase(Locale.ROOT)
            .replace("ä", "ae")
            .replace("ö", "oe")
            .replace("ü", "ue")
            .replace("ß", "ss")
            .replace("ı", "i");
    return Normalizer.normalize(german, Normalizer.Form.NFD).replaceAll("[^a-z0-9-]", "");
  }

  private static boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  private static LocalDate workingDayAfter(LocalDate day) {
    LocalDate d = day;
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  private static LocalDate plusWorkingDays(LocalDate start, int days) {
    LocalDate d = start;
    for (int i = 0; i < days; i++) {
      d = workingDayAfter(d.plusDays(1));
    }
    return d;
  }

  /**
   * Persists, and every few hundred entities flushes and clears the context, so that the unit of
   * work stays small and the seed takes seconds, not minutes.
   */
  private void persist(Object entity) {
    em.persist(entity);
    if (++pending >= FLUSH_EVERY) {
      em.flush();
      em.clear();
      references.clear();
      pending = 0;
    }
  }

  /** A managed reference that is valid again after a clear. */
  private <T> T reference(Class<T> type, long id) {
    return type.cast(
        references.computeIfAbsent(type.getSimpleName() + id, key -> em.getReference(type, id)));
  }
}
