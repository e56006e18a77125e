#include "wizard/steps/steps.h"
#include "wizard/steps/conflictstep.h"
#include "wizard/steps/firewallstep.h"
#include "wizard/steps/mcpstep.h"
#include "wizard/steps/protocolstep.h"
#include "wizard/steps/proxystep.h"

namespace ld::wizard {

std::vector<std::unique_ptr<Step>> makeSteps(const Target& target, const Options& options)
{
    Q_UNUSED(target);
    Q_UNUSED(options);
    std::vector<std::unique_ptr<Step>> steps;
    steps.push_back(makePortStep());
    steps.push_back(makeServerStep());
    steps.push_back(makeFirewallStep());
    steps.push_back(makeConflictStep());
    steps.push_back(makeProtocolStep());
    steps.push_back(makeProxyStep());
    if (wantsMcpStep(target, options))
        steps.push_back(makeMcpStep());
    return steps;
}

} // namespace ld::wizard
