/**
 * What every integration test drives: the deployment's address, the REST API and its steps, the
 * browser and its page steps, raw HTTP, processes, and an operation attempted through both.
 */
package org.teamward.it.support;
