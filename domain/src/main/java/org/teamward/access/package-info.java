/**
 * Who may do what, in six packages that depend on each other in one direction only:
 *
 * <ol>
 *   <li>{@code rights}: the permission catalogue, the per-request Grant, its employee scopes and
 *       the guard that enforces each use case's declaration. It knows no feature.
 *   <li>{@code accounts}: people's accounts, user groups and the administration rules: nobody
 *       grants rights they do not hold, and nobody removes the last holder of the rights that
 *       manage rights.
 *   <li>{@code secrets}: password hashing, API tokens, one-time codes and the server's secrets.
 *   <li>{@code credentials}: device passwords and access authorisations as they are stored, and the
 *       administration of access authorisations.
 *   <li>{@code signin}: turning a credential into a Grant: passwords, the second step, API secrets,
 *       the identity provider, throttling and web sessions.
 *   <li>{@code management}: what a person does with their own credentials and an administrator with
 *       accounts, which needs sign-in and credentials together.
 * </ol>
 */
package org.teamward.access;
