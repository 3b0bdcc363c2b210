/** Two clustered nodes on one database behind a proxy: every security decision holds on each. */
package org.teamward.it.cluster;
