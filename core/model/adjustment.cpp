#include "adjustment.h"

namespace lps {

bool Adjustment::targetsResource() const
{
    return type == AdjustmentType::ResourceScale || type == AdjustmentType::ResourceSet
           || type == AdjustmentType::ResourceOff;
}

} // namespace lps
