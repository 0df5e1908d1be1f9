// SPDX-License-Identifier: GPL-3.0-or-later
#include "protobufdecoder.h"

#include "util.h"

#include <functional>
#include <string_view>

namespace kubesim {

using nlohmann::json;

namespace {

// A protobuf wire-format reader over one message.
class Reader
{
public:
    explicit Reader(std::string_view data)
        : m_data(data)
    {
    }
    bool atEnd() const { return m_pos >= m_data.size(); }
    bool ok() const { return m_ok; }

    // Next field: number and wire type; false at the end or on malformed input.
    bool next(uint32_t *field, uint32_t *wireType)
    {
        if (atEnd())
            return false;
        uint64_t key = 0;
        if (!varint(&key))
            return false;
        *field = static_cast<uint32_t>(key >> 3);
        *wireType = static_cast<uint32_t>(key & 7);
        return true;
    }
    bool varint(uint64_t *out)
    {
        uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (atEnd())
                return fail();
            const auto b = static_cast<unsigned char>(m_data[m_pos++]);
            v |= static_cast<uint64_t>(b & 0x7f) << shift;
            if (!(b & 0x80)) {
                *out = v;
                return true;
            }
        }
        return fail();
    }
    bool bytes(std::string_view *out)
    {
        uint64_t len = 0;
        if (!varint(&len) || len > m_data.size() - m_pos)
            return fail();
        *out = m_data.substr(m_pos, len);
        m_pos += len;
        return true;
    }
    bool skip(uint32_t wireType)
    {
        uint64_t v;
        std::string_view s;
        switch (wireType) {
        case 0:
            return varint(&v);
        case 1:
            return advance(8);
        case 2:
            return bytes(&s);
        case 5:
            return advance(4);
        default:
            return fail();
        }
    }

private:
    bool advance(size_t n)
    {
        if (n > m_data.size() - m_pos)
            return fail();
        m_pos += n;
        return true;
    }
    bool fail()
    {
        m_ok = false;
        m_pos = m_data.size();
        return false;
    }
    std::string_view m_data;
    size_t m_pos = 0;
    bool m_ok = true;
};

// Walks a message, calling handle(field, wireType, reader) for each field; handle returns false
// to have the field skipped.
bool walk(std::string_view data, const std::function<bool(uint32_t, uint32_t, Reader &)> &handle)
{
    Reader r(data);
    uint32_t field = 0;
    uint32_t wire = 0;
    while (r.next(&field, &wire)) {
        if (!handle(field, wire, r) && !r.skip(wire))
            return false;
    }
    return r.ok();
}

bool stringField(Reader &r, uint32_t wire, std::string *out)
{
    std::string_view s;
    if (wire != 2 || !r.bytes(&s))
        return false;
    *out = std::string(s);
    return true;
}

// map<string, string|bytes> entry: key = 1, value = 2
bool mapEntry(Reader &r, uint32_t wire, json &target, bool base64Value)
{
    std::string_view entry;
    if (wire != 2 || !r.bytes(&entry))
        return false;
    std::string key;
    std::string value;
    walk(entry, [&](uint32_t f, uint32_t w, Reader &er) {
        if (f == 1)
            return stringField(er, w, &key);
        if (f == 2)
            return stringField(er, w, &value);
        return false;
    });
    target[key] = base64Value ? base64Encode(value) : value;
    return true;
}

bool boolField(Reader &r, uint32_t wire, json &target)
{
    uint64_t v = 0;
    if (wire != 0 || !r.varint(&v))
        return false;
    target = v != 0;
    return true;
}

json objectMeta(std::string_view data)
{
    json meta = json::object();
    walk(data, [&](uint32_t f, uint32_t w, Reader &r) {
        std::string s;
        switch (f) {
        case 1:
            if (!stringField(r, w, &s))
                return false;
            meta["name"] = s;
            return true;
        case 2:
            if (!stringField(r, w, &s))
                return false;
            meta["generateName"] = s;
            return true;
        case 3:
            if (!stringField(r, w, &s))
                return false;
            meta["namespace"] = s;
            return true;
        case 11:
            return mapEntry(r, w, meta["labels"], false);
        case 12:
            return mapEntry(r, w, meta["annotations"], false);
        case 14:
            if (!stringField(r, w, &s))
                return false;
            meta["finalizers"].push_back(s);
            return true;
        default:
            return false;
        }
    });
    return meta;
}

bool metadataField(Reader &r, uint32_t wire, json &obj)
{
    std::string_view m;
    if (wire != 2 || !r.bytes(&m))
        return false;
    obj["metadata"] = objectMeta(m);
    return true;
}

} // namespace

std::optional<json> ProtobufDecoder::decode(const std::string &body, const ResourceType &type, std::string *error)
{
    if (body.size() < 4 || body.compare(0, 4, std::string("k8s\0", 4)) != 0) {
        if (error)
            *error = "protobuf body without the k8s envelope";
        return std::nullopt;
    }
    std::string_view raw;
    bool haveRaw = false;
    const bool envelopeOk = walk(std::string_view(body).substr(4), [&](uint32_t f, uint32_t w, Reader &r) {
        if (f == 2 && w == 2) {
            haveRaw = r.bytes(&raw);
            return haveRaw;
        }
        return false;
    });
    if (!envelopeOk || !haveRaw) {
        if (error)
            *error = "malformed protobuf envelope";
        return std::nullopt;
    }
    json obj{{"apiVersion", type.apiVersion()}, {"kind", type.kind}};
    bool ok = false;
    const std::string &kind = type.kind;
    if (type.group.empty() && kind == "ConfigMap") {
        ok = walk(raw, [&](uint32_t f, uint32_t w, Reader &r) {
            if (f == 1)
                return metadataField(r, w, obj);
            if (f == 2)
                return mapEntry(r, w, obj["data"], false);
            if (f == 3)
                return mapEntry(r, w, obj["binaryData"], true);
            if (f == 4)
                return boolField(r, w, obj["immutable"]);
            return false;
        });
    } else if (type.group.empty() && kind == "Secret") {
        ok = walk(raw, [&](uint32_t f, uint32_t w, Reader &r) {
            std::string s;
            if (f == 1)
                return metadataField(r, w, obj);
            if (f == 2)
                return mapEntry(r, w, obj["data"], true);
            if (f == 3) {
                if (!stringField(r, w, &s))
                    return false;
                obj["type"] = s;
                return true;
            }
            if (f == 4)
                return mapEntry(r, w, obj["stringData"], false);
            if (f == 5)
                return boolField(r, w, obj["immutable"]);
            return false;
        });
    } else if (type.group.empty() && kind == "Namespace") {
        ok = walk(raw, [&](uint32_t f, uint32_t w, Reader &r) {
            if (f == 1)
                return metadataField(r, w, obj);
            if (f == 2 && w == 2) {
                std::string_view spec;
                if (!r.bytes(&spec))
                    return false;
                json finalizers = json::array();
                walk(spec, [&](uint32_t sf, uint32_t sw, Reader &sr) {
                    std::string s;
                    if (sf == 1 && stringField(sr, sw, &s)) {
                        finalizers.push_back(s);
                        return true;
                    }
                    return false;
                });
                if (!finalizers.empty())
                    obj["spec"]["finalizers"] = finalizers;
                return true;
            }
            return false;
        });
    } else if (type.group.empty() && kind == "ServiceAccount") {
        ok = walk(raw, [&](uint32_t f, uint32_t w, Reader &r) {
            if (f == 1)
                return metadataField(r, w, obj);
            if (f == 4)
                return boolField(r, w, obj["automountServiceAccountToken"]);
            return false;
        });
    } else {
        if (error)
            *error = "kube-sim decodes protobuf only for Namespace, ConfigMap, Secret and ServiceAccount; send "
                     + type.kind + " as JSON or YAML";
        return std::nullopt;
    }
    if (!ok) {
        if (error)
            *error = "malformed protobuf " + type.kind;
        return std::nullopt;
    }
    return obj;
}

} // namespace kubesim
