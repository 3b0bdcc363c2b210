/**
 * Persistence plumbing: the configured data source, the data directory and the common entity base.
 * Flyway owns the schema (db/migration); EclipseLink never generates DDL.
 */
package org.teamward.persistence;
