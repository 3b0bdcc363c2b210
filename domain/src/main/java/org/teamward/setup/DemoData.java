package org.teamward.setup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.teamward.access.StandardGroup;
import org.teamward.access.UserGroup;

/** Seeds a small, realistic company for trying Teamward out. */
@ApplicationScoped
public class DemoData {

  @Transactional
  public void seed(Map<StandardGroup, UserGroup> groups) {
    // filled in below
  }
}
