// Plan JSON from a stranger: reading must never crash, and what it accepts must write back and
// read again to the same plan.
#include "json/planjsonreader.h"
#include "json/planjsonwriter.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const lps::PlanJsonResult result = lps::PlanJsonReader::read(bytes);
    if (result.plan) {
        const QByteArray json = lps::PlanJsonWriter::write(*result.plan);
        const lps::PlanJsonResult again = lps::PlanJsonReader::read(json);
        if (!again.plan || !(*again.plan == *result.plan) ||
            lps::PlanJsonWriter::write(*again.plan) != json)
            std::abort();
    }
    return 0;
}
