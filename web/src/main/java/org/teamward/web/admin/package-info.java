/** Administration pages: user accounts and the user groups' permission matrix. */
package org.teamward.web.admin;
