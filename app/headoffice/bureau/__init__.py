"""Head office's side of the credit bureaus: checks asked by branches, the bureaus'
answers, and the lender's own submission files.

- `intake`: the branches' `bureau.check_requested` events become requests here, once
  each whatever number of times an event arrives (sync, USB, both, twice).
- `adapters`: one per bureau — India's four CICs (TransUnion CIBIL, Equifax, Experian,
  CRIF High Mark) and Bangladesh Bank's CIB (banks) and MRA's MF-CIB (NGO-MFIs) — with a
  batch mode (write the enquiry file, read the response file) and an API mode
  (`ApiMode`, for a client configured at head office; none is shipped).
  The enquiry and response layouts of the bureaus are not public: the adapters write and
  read *our* documented layout (`enquiry.py`) and say so; no bureau is pretended.
- `answers`: a response file is kept immutable (bytes and digest) beside the parsed
  summary and per-account rows, with history, linked to the request and its consent;
  each summary goes back to its branch with the next sync or USB receipt.
- `mfi` and `cib`: the submission files — India's uniform MFI format (HDR, CNSCRD,
  ADRCRD, ACTCRD, TRL) and Bangladesh's monthly subject/contract/link files — with every
  field checked against its rule before a file is written (`fields`); `submission`
  chooses the accounts per reference date; `corrections` turns a bureau's rejection
  file into a queue of corrections for the branch concerned, each leaving the queue
  when the branch answers the request it was asked in.
"""
