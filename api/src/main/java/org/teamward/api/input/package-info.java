/**
 * Bounds on what a request may send before any resource sees it: the body size, one well-formed
 * JSON document, integral numbers in range, no control characters in text, sane dates and strict
 * query booleans. Each refusal is a 4xx problem naming the field, so a client learns what to fix
 * and nothing reaches a use case, let alone the database.
 */
package org.teamward.api.input;
