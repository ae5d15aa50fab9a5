// The coding stage's hooks into the times and places layers; see hooks.h. None is wired yet: the
// time and geo branches have not landed on main.
#include "coding/hooks.h"

namespace dateline::coding {

CodingHooks DefaultCodingHooks() {
  CodingHooks hooks;
  return hooks;
}

}  // namespace dateline::coding
