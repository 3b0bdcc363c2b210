/** The projects page: list, create, edit, archive and delete projects. */
package org.teamward.web.projects;
