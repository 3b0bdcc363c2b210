/**
 * Bean Validation constraints for API request bodies. The domain validates every rule again with
 * the same field names, so the web UI and the API refuse the same input; these catch malformed
 * requests before they reach a use case.
 */
package org.teamward.api.validation;
