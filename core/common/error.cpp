// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/result.h"

namespace driftdeck {

QString Error::fullText() const
{
    if (cause.isEmpty() || cause == message)
        return message;
    return message + u" (" + cause + u')';
}

} // namespace driftdeck
