/**
 * Bounds on what a request may send before any resource sees it: the body size, one well-formed
 * UTF-8 JSON document of the declared shape and types, integral numbers in range, no control
 * characters in text, sane dates, strict query booleans and only the query parameters the operation
 * declares. Each refusal is a 4xx problem naming the field, so a client learns what to fix and
 * nothing reaches a use case, let alone the database.
 */
package org.teamward.api.input;
