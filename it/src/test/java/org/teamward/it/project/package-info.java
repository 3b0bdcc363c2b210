/** Projects: the catalogue's project entries. */
package org.teamward.it.project;
