// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/uniquehandle.h"

#include <libfyaml.h>

namespace driftdeck {

using FyDocument = UniqueHandle<fy_document, fy_document_destroy>;
using FyParser = UniqueHandle<fy_parser, fy_parser_destroy>;
using FyDiag = UniqueHandle<fy_diag, fy_diag_destroy>;

} // namespace driftdeck
