/** What a person sees and does in the browser, page by page. */
package org.teamward.it.web;
