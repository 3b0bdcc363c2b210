/** Paging of lists, shared by every list use case and both channels. */
package org.teamward.paging;
