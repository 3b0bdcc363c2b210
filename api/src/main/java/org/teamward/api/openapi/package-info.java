/**
 * Finishing touches on the generated OpenAPI document that annotations cannot express once for
 * every resource, so that client generators and linters can use it.
 */
package org.teamward.api.openapi;
