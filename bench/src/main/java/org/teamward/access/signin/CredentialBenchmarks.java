package org.teamward.access.signin;

import java.lang.reflect.Field;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.teamward.access.rights.Decision;
import org.teamward.access.rights.EmployeeScope;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Permission;
import org.teamward.access.secrets.Networks;
import org.teamward.access.secrets.PasswordHashing;
import org.teamward.access.secrets.SecretTokens;
import org.teamward.employee.Employee;
import org.teamward.persistence.Identified;
import org.teamward.time.TimeBooking;
import org.teamward.time.TimeBookingPolicy;

/**
 * What an API request costs in CPU before it reaches the database, beside what it would cost with
 * the personal password checked on every request: the token's format and checksum, its keyed digest
 * (the database then finds the row by that digest), the constant-time comparison, the IP allow-list
 * of an access authorisation, and a policy decision.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class CredentialBenchmarks {

  private final SecretTokens tokens =
      new SecretTokens("a-benchmark-pepper-of-32-characters-or-more");
  private final TimeBookingPolicy bookings = new TimeBookingPolicy();
  private String token;
  private String digest;
  private Grant teamLead;
  private TimeBooking booking;
  private byte[] salt;

  @Setup
  public void setUp() throws ReflectiveOperationException {
    token = tokens.newToken(SecretTokens.Type.DEVICE_PASSWORD);
    digest = tokens.digest(token);
    Employee employee = new Employee();
    employee.setDepartment("Sales");
    setId(employee, 42L);
    booking = new TimeBooking();
    booking.setEmployee(employee);
    teamLead =
        new Grant(
            Grant.Kind.USER,
            7,
            "lead",
            EnumSet.of(Permission.TIME_BOOK_OWN, Permission.TIME_VIEW_ALL),
            7L,
            EmployeeScope.departments(Set.of("Sales")),
            Grant.Credential.DEVICE_PASSWORD,
            3L);
    salt = new byte[32];
    new SecureRandom().nextBytes(salt);
  }

  private static void setId(Identified entity, long id) throws ReflectiveOperationException {
    Field field = Identified.class.getDeclaredField("id");
    field.setAccessible(true);
    field.set(entity, id);
  }

  /** Format, alphabet and checksum: refuses a mistyped token without the database. */
  @Benchmark
  public boolean tokenWellFormed() {
    return tokens.wellFormed(token, SecretTokens.Type.DEVICE_PASSWORD);
  }

  /** HMAC-SHA-256 under the pepper: the key the database looks the credential up by. */
  @Benchmark
  public String tokenDigest() {
    return tokens.digest(token);
  }

  /** What the seam does per Bearer or Basic request, short of the database read. */
  @Benchmark
  public boolean tokenVerification() {
    return tokens.wellFormed(token, SecretTokens.Type.DEVICE_PASSWORD)
        && tokens.matches(token, digest);
  }

  /** An access authorisation's IP allow-list, of a given length. */
  @State(Scope.Benchmark)
  public static class AllowList {

    /** Entries in the allow-list; the address matched is in the last IPv4 one. */
    @Param({"1", "20"})
    public int networks;

    List<String> entries;
    String address;

    @Setup
    public void setUp() {
      entries = new ArrayList<>();
      for (int i = 0; i < networks; i++) {
        entries.add("10." + i + ".0.0/16");
      }
      entries.add("2001:db8::/32");
      address = "10." + (networks - 1) + ".3.4";
    }
  }

  /** The allow-list match of an access authorisation, as it runs on each of its requests. */
  @Benchmark
  public boolean ipAllowListMatch(AllowList list) {
    return Networks.allows(list.entries, list.address);
  }

  /** A record decision: may a team lead see a booking in their department? */
  @Benchmark
  public Decision policyCheck() {
    return bookings.canView(teamLead, booking);
  }

  /** The baseline: the personal password's PBKDF2 (600,000 iterations) on every request. */
  @Benchmark
  @Measurement(iterations = 3, time = 2)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public byte[] personalPasswordPbkdf2() throws GeneralSecurityException {
    return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
        .generateSecret(
            new PBEKeySpec(
                "correct horse battery staple".toCharArray(),
                salt,
                PasswordHashing.ITERATIONS,
                256))
        .getEncoded();
  }
}
