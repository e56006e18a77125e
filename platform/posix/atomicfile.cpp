#include "platform/posix/atomicfile.h"

#include "platform/safefile.h"

namespace ld::platform::posix {

bool writeFileAtomically(const std::string& path, const std::string& text, std::string* error) {
    const WriteResult result = writeFileSafely(path, text);
    if (!result.ok() && error)
        *error = SafeFile::failureMessage(result).toStdString();
    return result.ok();
}

} // namespace ld::platform::posix
