/**
 * The REST API itself: malformed and bad input, ETags, paging, the API description, the generated
 * client, hardening, id probing, and what operators rely on before signing in (health, error
 * shape).
 */
package org.teamward.it.api;
