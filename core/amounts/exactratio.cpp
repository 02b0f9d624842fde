#include "exactratio.h"

#include <cmath>
#include <cstdint>

namespace lps {

namespace {

constexpr qint64 kSaturation = qint64(1) << 62;

// 64 x 64 -> 128-bit product as (high, low), portable to compilers without __int128.
void multiply(std::uint64_t a, std::uint64_t b, std::uint64_t &high, std::uint64_t &low)
{
    const std::uint64_t aLow = a & 0xffffffffu, aHigh = a >> 32;
    const std::uint64_t bLow = b & 0xffffffffu, bHigh = b >> 32;
    const std::uint64_t ll = aLow * bLow, lh = aLow * bHigh, hl = aHigh * bLow, hh = aHigh * bHigh;
    const std::uint64_t middle = (ll >> 32) + (lh & 0xffffffffu) + (hl & 0xffffffffu);
    low = (middle << 32) | (ll & 0xffffffffu);
    high = hh + (lh >> 32) + (hl >> 32) + (middle >> 32);
}

// ratio x amount = mantissa x amount x 2^exponent, with a 53-bit integer mantissa; shift the
// 128-bit product right (rounding down or up) or left (exact).
qint64 times(double ratio, qint64 amount, bool roundUp)
{
    if (!(ratio > 0.0) || amount <= 0 || !std::isfinite(ratio))
        return 0;
    int exponent = 0;
    const double fraction = std::frexp(ratio, &exponent); // ratio = fraction x 2^exponent
    const auto mantissa = std::uint64_t(std::ldexp(fraction, 53));
    exponent -= 53;
    std::uint64_t high = 0, low = 0;
    multiply(mantissa, std::uint64_t(amount), high, low);
    if (exponent >= 0) {
        if (high != 0 || exponent >= 62 || (low >> (62 - exponent)) != 0)
            return kSaturation;
        return qint64(low << exponent);
    }
    const int shift = -exponent;
    if (shift >= 128)
        return roundUp ? 1 : 0;
    std::uint64_t quotient = 0;
    bool remainder = false;
    if (shift >= 64) {
        quotient = shift == 64 ? high : high >> (shift - 64);
        remainder =
            low != 0 || (shift > 64 && (high & ((std::uint64_t(1) << (shift - 64)) - 1)) != 0);
    } else {
        if ((high >> shift) != 0)
            return kSaturation;
        quotient = (low >> shift) | (shift == 0 ? 0 : high << (64 - shift));
        remainder = shift > 0 && (low & ((std::uint64_t(1) << shift) - 1)) != 0;
    }
    if (quotient >= std::uint64_t(kSaturation))
        return kSaturation;
    return qint64(quotient) + (roundUp && remainder ? 1 : 0);
}

} // namespace

qint64 ExactRatio::floorTimes(double ratio, qint64 amount)
{
    return times(ratio, amount, false);
}
qint64 ExactRatio::ceilTimes(double ratio, qint64 amount)
{
    return times(ratio, amount, true);
}

} // namespace lps
