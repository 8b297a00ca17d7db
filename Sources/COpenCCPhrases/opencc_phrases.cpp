// Reads the phrase keys of an OpenCC configuration through OpenCC's own C++ API, so that
// ChineseFolding knows exactly where a text's conversion can depend on context.
#include "opencc_phrases.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <opencc/Config.hpp>
#include <opencc/Conversion.hpp>
#include <opencc/ConversionChain.hpp>
#include <opencc/Converter.hpp>
#include <opencc/Dict.hpp>
#include <opencc/DictEntry.hpp>
#include <opencc/DictGroup.hpp>
#include <opencc/Lexicon.hpp>
#include <opencc/MaxMatchSegmentation.hpp>
#include <opencc/UTF8Util.hpp>

namespace {

void appendPhraseKeys(const opencc::DictPtr &dict, std::string &keys, std::vector<const opencc::Dict *> &seen) {
    // A group's own lexicon is built (merged and sorted) on every call: read its members'.
    if (const auto group = std::dynamic_pointer_cast<opencc::DictGroup>(dict)) {
        for (const auto &member : group->GetDicts()) appendPhraseKeys(member, keys, seen);
        return;
    }
    // The segmentation's dictionary is usually one of the conversion's too.
    if (std::find(seen.begin(), seen.end(), dict.get()) != seen.end()) return;
    seen.push_back(dict.get());
    const opencc::LexiconPtr lexicon = dict->GetLexicon();
    for (const auto &entry : *lexicon) {
        const std::string key = entry->Key();
        if (opencc::UTF8Util::Length(key.c_str()) > 1) {
            keys += key;
            keys += '\n';
        }
    }
}

}  // namespace

extern "C" char *cg_opencc_phrase_keys(const char *config) {
    try {
        opencc::Config loader;
        const opencc::ConverterPtr converter = loader.NewFromFile(config);
        const auto segmentation =
            std::dynamic_pointer_cast<opencc::MaxMatchSegmentation>(converter->GetSegmentation());
        const auto conversions = converter->GetConversionChain()->GetConversions();
        if (!segmentation || conversions.size() != 1) return nullptr;
        std::string keys;
        std::vector<const opencc::Dict *> seen;
        appendPhraseKeys(segmentation->GetDict(), keys, seen);
        appendPhraseKeys(conversions.front()->GetDict(), keys, seen);
        char *out = static_cast<char *>(std::malloc(keys.size() + 1));
        if (out == nullptr) return nullptr;
        std::memcpy(out, keys.c_str(), keys.size() + 1);
        return out;
    } catch (...) {
        return nullptr;
    }
}
