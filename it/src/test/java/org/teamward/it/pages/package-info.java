/**
 * One page object per page of the web application: its locators (Faces client ids) and its actions
 * in the product's words. Page objects make no assertions; they wait through the harness (support)
 * and answer values, controls or other page objects.
 */
package org.teamward.it.pages;
