#ifndef CLAIMGRAPH_OPENCC_PHRASES_H
#define CLAIMGRAPH_OPENCC_PHRASES_H

#ifdef __cplusplus
extern "C" {
#endif

/// Every key of two or more characters in the dictionaries with which the OpenCC
/// configuration `config` (such as "t2s.json") segments and converts text, each followed
/// by '\n', in one string to release with free(). NULL when the configuration does not
/// load, or converts in a way these keys cannot describe (a segmentation other than
/// maximum matching, or a chain of more than one conversion): then every text must go
/// through OpenCC.
char *cg_opencc_phrase_keys(const char *config);

#ifdef __cplusplus
}
#endif

#endif
