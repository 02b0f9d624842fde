// A .lpsb file from a stranger: opening must never crash, hang or run anything in it, and a
// plan it accepts must save and open again unchanged.
#include "storage/planfile.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const lps::PlanFileResult result = lps::PlanFile::loadBytes(bytes, QStringLiteral("fuzz.lpsb"));
    if (result.plan) {
        const lps::PlanFileResult again = lps::PlanFile::loadBytes(
            lps::PlanFile::serialize(*result.plan), QStringLiteral("again.lpsb"));
        if (!again.plan || !(*again.plan == *result.plan))
            std::abort();
    }
    return 0;
}
