package org.teamward.access;

import java.util.Set;

/**
 * What an administrator sends to create an account.
 *
 * @param employeeId the person the account belongs to; null for an administrative account
 * @param password null to generate one that must be changed at first sign-in
 */
public record NewUser(
    String email, String displayName, Long employeeId, Set<Long> groupIds, String password) {}
