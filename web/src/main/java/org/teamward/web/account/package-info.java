/**
 * The signed-in person's own settings: device passwords, the personal password, and the web
 * sessions signed in to the account ("My sessions"). Each page is one backing bean over the
 * domain's use cases.
 */
package org.teamward.web.account;
