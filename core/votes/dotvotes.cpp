#include "dotvotes.h"

#include <algorithm>
#include <limits>

namespace lps {

void DotVotes::set(const QString &serviceId, int dots)
{
    m_dots.insert(serviceId, std::max(0, dots));
}

void DotVotes::add(const QString &serviceId, int dots)
{
    // Saturates rather than wrapping: no room holds two billion dots, but a typo may.
    const qint64 sum = qint64(dotsFor(serviceId)) + std::max(0, dots);
    set(serviceId, int(std::min<qint64>(sum, std::numeric_limits<int>::max())));
}

qint64 DotVotes::total() const
{
    qint64 sum = 0;
    for (const int dots : m_dots)
        sum += dots;
    return sum;
}

} // namespace lps
