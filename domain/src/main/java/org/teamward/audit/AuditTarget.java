package org.teamward.audit;

/**
 * A result that is not an entity but stands for one (a view record), naming the record an audit
 * event is about. Entities are named without this, by their class and id.
 */
public interface AuditTarget {

  String auditType();

  long auditId();
}
