/** Start-up: schema migration, the first administrator and optional demo data. */
package org.teamward.setup;
