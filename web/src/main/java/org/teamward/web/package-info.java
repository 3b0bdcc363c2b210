/**
 * The PrimeFaces web UI. One backing bean per page, in a package mirroring the view path; beans
 * call domain use cases and never decide rights themselves: visibility comes from the same
 * declarations and policies the domain enforces.
 */
package org.teamward.web;
