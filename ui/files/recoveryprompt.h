#pragma once

#include "recovery/recoverystore.h"

#include <optional>

class QWidget;

namespace lps {

/// At start, after a crash: offers the newest plan kept aside (Restore, Discard, Ask me later)
/// and says which one the person wants back; a discarded copy is let go at once.
class RecoveryPrompt
{
public:
    static std::optional<RecoveryStore::Entry> ask(QWidget *parent);
};

} // namespace lps
