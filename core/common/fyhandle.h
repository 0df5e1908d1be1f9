// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/uniquehandle.h"

#include <libfyaml.h>

#include <cstddef>
#include <optional>
#include <string_view>

namespace driftdeck {

using FyDocument = UniqueHandle<fy_document, fy_document_destroy>;
using FyParser = UniqueHandle<fy_parser, fy_parser_destroy>;
using FyDiag = UniqueHandle<fy_diag, fy_diag_destroy>;

// Diagnostics that never print: syntax errors are collected (fy_diag_errors_iterate), and freed
// with the handle. Printing them is not only noise: libfyaml 0.7.12 draws the offending source
// line when it prints, and for some lines (runs of backslashes and tabs in a plain scalar) that
// code reads a bad pointer and crashes (found by fuzz_kubeconfig; kept in tst_fuzzfound).
// Collected errors never reach that code. Every libfyaml reader takes its diag from here.
inline FyDiag makeQuietDiag()
{
    fy_diag_cfg dcfg;
    fy_diag_cfg_default(&dcfg);
    dcfg.fp = nullptr;
    dcfg.output_fn = [](fy_diag *, void *, const char *, size_t) {};
    dcfg.colorize = false;
    FyDiag diag(fy_diag_create(&dcfg));
    if (diag)
        fy_diag_set_collect_errors(diag.get(), true);
    return diag;
}

// Where text first stops being UTF-8 (1-based line and column in bytes), if it does. YAML input
// must be UTF-8 (kubectl's decoder refuses anything else), and libfyaml 0.7.12 loops forever
// on a directive line holding invalid UTF-8 (found by tests/fuzz), so every reader checks
// this before handing bytes to libfyaml. Overlong forms, surrogates and code points past
// U+10FFFF count as invalid. Lines end at "\n", "\r\n" or a lone "\r", as in YAML.
struct TextPosition
{
    int line = 1;
    int column = 1;
};
inline std::optional<TextPosition> firstInvalidUtf8(std::string_view text)
{
    TextPosition at;
    std::size_t lineStart = 0;
    std::size_t i = 0;
    const std::size_t n = text.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if (c == '\n' || (c == '\r' && (i + 1 >= n || text[i + 1] != '\n'))) {
                ++at.line;
                lineStart = i + 1;
            }
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned lo = 0x80, hi = 0xbf; // allowed range of the second byte
        if (c >= 0xc2 && c <= 0xdf) {
            len = 2;
        } else if (c >= 0xe0 && c <= 0xef) {
            len = 3;
            if (c == 0xe0)
                lo = 0xa0; // overlong
            else if (c == 0xed)
                hi = 0x9f; // surrogates
        } else if (c >= 0xf0 && c <= 0xf4) {
            len = 4;
            if (c == 0xf0)
                lo = 0x90; // overlong
            else if (c == 0xf4)
                hi = 0x8f; // past U+10FFFF
        }
        bool ok = len != 0 && i + len <= n;
        for (std::size_t k = 1; ok && k < len; ++k) {
            const auto b = static_cast<unsigned char>(text[i + k]);
            ok = k == 1 ? (b >= lo && b <= hi) : (b >= 0x80 && b <= 0xbf);
        }
        if (!ok) {
            at.column = int(i - lineStart) + 1;
            return at;
        }
        i += len;
    }
    return std::nullopt;
}

} // namespace driftdeck
