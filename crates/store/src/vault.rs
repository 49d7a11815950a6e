//! The evidence vault's cryptography (spec L-3): envelope encryption of deleted content, and the
//! workspace signing keys of the ledger. Pure functions over bytes: the caller reads the key file
//! and persists what these functions return.
//!
//! # Key hierarchy
//!
//! ```text
//! MasterKey (32 bytes, RETRACT_VAULT_KEY_FILE, never in the database)
//!  ├─ wraps WorkspaceKey       (one per workspace, random)     → stored wrapped in the database
//!  │   └─ wraps data key       (one per incident, random)      → SealedEvidence::wrapped_data_key
//!  │       └─ encrypts content                                 → SealedEvidence::{nonce, ciphertext}
//!  └─ wraps Ed25519 SigningKey (one per workspace, random)     → stored wrapped in the database
//! ```
//!
//! Every layer is XChaCha20-Poly1305 (RustCrypto `chacha20poly1305`) with a fresh random 24-byte
//! nonce — long enough that random nonces never collide — and associated data naming what is
//! sealed and where: `"retract/vault/v1/<purpose>" ‖ 0 ‖ workspace_id (i64 BE) [‖ incident_id
//! (i64 BE)]`. So a wrapped key or a ciphertext copied to another workspace or incident, or used for
//! another purpose, does not open. Every node given the same key file unwraps the same workspace
//! keys, so any node can open evidence and sign checkpoints.
//!
//! # Erasure
//!
//! Erasing one incident's content (retention, GDPR request) is dropping its wrapped data key
//! ([`SealedEvidence::erase`]; a store nulls the column and overwrites the page). The ciphertext
//! left behind is undecryptable, and the ledger's commitment to the content becomes unlinkable:
//! its salt is derived from the data key ([`commitment_salt`]), so it goes with it. The ledger
//! chain never held the content, so it still verifies.
//!
//! # Encodings
//!
//! A [`WrappedKey`] is stored as 73 bytes: version `1` ‖ nonce (24) ‖ ciphertext of the 32-byte key
//! with its 16-byte tag (48). The key file holds the master key as 64 hex digits (surrounding
//! whitespace ignored). Secrets are zeroized when dropped.

use chacha20poly1305::aead::rand_core::RngCore;
use chacha20poly1305::aead::{Aead, KeyInit, OsRng, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use retract_domain::{content_commitment, IncidentId, SigningKey, WorkspaceId};
use sha2::{Digest, Sha256};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

pub const KEY_LEN: usize = 32;
pub const NONCE_LEN: usize = 24;
const TAG_LEN: usize = 16;
const WRAPPED_VERSION: u8 = 1;
const WRAPPED_LEN: usize = 1 + NONCE_LEN + KEY_LEN + TAG_LEN;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VaultError {
    #[error("the vault key file must hold one 32-byte key as 64 hexadecimal digits")]
    BadKeyFile,
    #[error("a wrapped key must be {WRAPPED_LEN} bytes starting with version {WRAPPED_VERSION}")]
    MalformedWrappedKey,
    #[error("cannot decrypt: wrong key, wrong workspace or incident, or tampered data")]
    Decrypt,
    #[error("this incident's content was erased: its key no longer exists")]
    Erased,
    #[error("cannot encrypt: content too large")]
    Encrypt,
}

/// The deployment's root key, loaded by the caller from `RETRACT_VAULT_KEY_FILE`.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct MasterKey([u8; KEY_LEN]);

/// A workspace's key-encryption key: wraps its incidents' data keys.
#[derive(Zeroize, ZeroizeOnDrop)]
pub struct WorkspaceKey([u8; KEY_LEN]);

/// A 32-byte key sealed under another key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrappedKey {
    pub nonce: [u8; NONCE_LEN],
    /// The key's ciphertext and tag (48 bytes).
    pub ciphertext: Vec<u8>,
}

/// One incident's content in the vault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SealedEvidence {
    /// `None` once erased.
    pub wrapped_data_key: Option<WrappedKey>,
    pub nonce: [u8; NONCE_LEN],
    /// The content's ciphertext and tag.
    pub ciphertext: Vec<u8>,
}

/// What sealing gives back: the evidence to store, and the commitment to put on the ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed {
    pub evidence: SealedEvidence,
    /// [`content_commitment`] of the content under the data key's salt (lower-case hex).
    pub commitment: String,
}

/// Opened evidence: the content, and its commitment to compare with the ledger's.
pub struct Opened {
    pub content: Zeroizing<Vec<u8>>,
    pub commitment: String,
}

impl std::fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MasterKey(…)")
    }
}

impl std::fmt::Debug for WorkspaceKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("WorkspaceKey(…)")
    }
}

impl std::fmt::Debug for Opened {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Opened")
            .field("content", &format_args!("<{} bytes>", self.content.len()))
            .field("commitment", &self.commitment)
            .finish()
    }
}

impl MasterKey {
    /// A fresh random key, for a new deployment's key file.
    pub fn generate() -> Self {
        MasterKey(*random_key())
    }

    pub fn from_bytes(bytes: [u8; KEY_LEN]) -> Self {
        MasterKey(bytes)
    }

    /// A short public name of the deployment this key belongs to (16 hex digits): every node of
    /// a deployment shares the key file, and another deployment has another key. One-way and
    /// domain-separated, so it tells nothing about the key.
    pub fn deployment_tag(&self) -> String {
        let digest = Sha256::new()
            .chain_update(b"retract deployment tag v1")
            .chain_update(self.0)
            .finalize();
        digest[..8].iter().map(|b| format!("{b:02x}")).collect()
    }

    /// Parses the key file's contents: 64 hex digits, either case, surrounding whitespace ignored.
    pub fn from_key_file(contents: &[u8]) -> Result<Self, VaultError> {
        let text = std::str::from_utf8(contents).map_err(|_| VaultError::BadKeyFile)?;
        let hex = text.trim().as_bytes();
        if hex.len() != 2 * KEY_LEN {
            return Err(VaultError::BadKeyFile);
        }
        let nibble = |c: u8| char::from(c).to_digit(16).ok_or(VaultError::BadKeyFile);
        let mut key = MasterKey([0; KEY_LEN]);
        for (slot, pair) in key.0.iter_mut().zip(hex.chunks_exact(2)) {
            // Two hex digits make at most 255.
            *slot = (nibble(pair[0])? * 16 + nibble(pair[1])?) as u8;
        }
        Ok(key)
    }

    /// The key file's contents (64 lower-case hex digits and a newline). Write it with mode 0600.
    pub fn to_key_file(&self) -> Zeroizing<String> {
        let mut out = Zeroizing::new(String::with_capacity(2 * KEY_LEN + 1));
        for b in self.0 {
            out.push(char::from(b"0123456789abcdef"[usize::from(b >> 4)]));
            out.push(char::from(b"0123456789abcdef"[usize::from(b & 0xf)]));
        }
        out.push('\n');
        out
    }

    /// A new random workspace key, and its wrapped form to store.
    pub fn new_workspace_key(
        &self,
        workspace: WorkspaceId,
    ) -> Result<(WorkspaceKey, WrappedKey), VaultError> {
        let key = random_key();
        let wrapped = wrap(&self.0, &key, &ad(b"workspace-key", workspace, None))?;
        Ok((WorkspaceKey(*key), wrapped))
    }

    pub fn unwrap_workspace_key(
        &self,
        workspace: WorkspaceId,
        wrapped: &WrappedKey,
    ) -> Result<WorkspaceKey, VaultError> {
        let key = unwrap(&self.0, wrapped, &ad(b"workspace-key", workspace, None))?;
        Ok(WorkspaceKey(*key))
    }

    /// A new random Ed25519 key for the workspace's ledger checkpoints, and its wrapped form.
    pub fn new_signing_key(
        &self,
        workspace: WorkspaceId,
    ) -> Result<(SigningKey, WrappedKey), VaultError> {
        let seed = random_key();
        let wrapped = wrap(&self.0, &seed, &ad(b"signing-key", workspace, None))?;
        Ok((SigningKey::from_bytes(&seed), wrapped))
    }

    pub fn unwrap_signing_key(
        &self,
        workspace: WorkspaceId,
        wrapped: &WrappedKey,
    ) -> Result<SigningKey, VaultError> {
        let seed = unwrap(&self.0, wrapped, &ad(b"signing-key", workspace, None))?;
        Ok(SigningKey::from_bytes(&seed))
    }
}

impl WorkspaceKey {
    /// A workspace key from raw bytes (tests; real keys come from [`MasterKey`]).
    pub fn from_bytes(bytes: [u8; KEY_LEN]) -> Self {
        WorkspaceKey(bytes)
    }

    /// Encrypts one incident's content under a new data key, wrapped by this workspace key.
    pub fn seal(
        &self,
        workspace: WorkspaceId,
        incident: IncidentId,
        content: &[u8],
    ) -> Result<Sealed, VaultError> {
        let data_key = random_key();
        let wrapped = wrap(
            &self.0,
            &data_key,
            &ad(b"data-key", workspace, Some(incident)),
        )?;
        let (nonce, ciphertext) = encrypt(
            &data_key,
            content,
            &ad(b"evidence", workspace, Some(incident)),
        )?;
        Ok(Sealed {
            evidence: SealedEvidence {
                wrapped_data_key: Some(wrapped),
                nonce,
                ciphertext,
            },
            commitment: content_commitment(content, &commitment_salt(&data_key)),
        })
    }

    /// Decrypts one incident's content; fails if anything was changed, moved or erased.
    pub fn open(
        &self,
        workspace: WorkspaceId,
        incident: IncidentId,
        evidence: &SealedEvidence,
    ) -> Result<Opened, VaultError> {
        let wrapped = evidence
            .wrapped_data_key
            .as_ref()
            .ok_or(VaultError::Erased)?;
        let data_key = unwrap(
            &self.0,
            wrapped,
            &ad(b"data-key", workspace, Some(incident)),
        )?;
        let content = decrypt(
            &data_key,
            &evidence.nonce,
            &evidence.ciphertext,
            &ad(b"evidence", workspace, Some(incident)),
        )?;
        let commitment = content_commitment(&content, &commitment_salt(&data_key));
        Ok(Opened {
            content,
            commitment,
        })
    }
}

impl SealedEvidence {
    /// Rebuilds stored evidence from its columns; an erased one has no wrapped key.
    pub fn from_stored(
        wrapped_data_key: Option<&[u8]>,
        nonce: &[u8],
        ciphertext: Vec<u8>,
    ) -> Result<Self, VaultError> {
        let nonce: [u8; NONCE_LEN] = nonce
            .try_into()
            .map_err(|_| VaultError::MalformedWrappedKey)?;
        Ok(SealedEvidence {
            wrapped_data_key: wrapped_data_key.map(WrappedKey::from_bytes).transpose()?,
            nonce,
            ciphertext,
        })
    }

    /// Destroys the data key: the content is gone for good, ciphertext or not.
    pub fn erase(&mut self) {
        if let Some(mut wrapped) = self.wrapped_data_key.take() {
            wrapped.ciphertext.zeroize();
            wrapped.nonce.zeroize();
        }
    }
}

impl WrappedKey {
    /// The 73-byte stored form: version ‖ nonce ‖ ciphertext.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(WRAPPED_LEN);
        out.push(WRAPPED_VERSION);
        out.extend_from_slice(&self.nonce);
        out.extend_from_slice(&self.ciphertext);
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Self, VaultError> {
        match bytes.split_first() {
            Some((&WRAPPED_VERSION, rest)) if bytes.len() == WRAPPED_LEN => {
                let (nonce, ciphertext) = rest.split_at(NONCE_LEN);
                let mut wrapped = WrappedKey {
                    nonce: [0; NONCE_LEN],
                    ciphertext: ciphertext.to_vec(),
                };
                wrapped.nonce.copy_from_slice(nonce);
                Ok(wrapped)
            }
            _ => Err(VaultError::MalformedWrappedKey),
        }
    }
}

/// The secret salt of an incident's ledger commitment: SHA-256 of a label and its data key, so
/// it exists exactly as long as the data key does.
pub fn commitment_salt(data_key: &[u8; KEY_LEN]) -> [u8; 32] {
    let mut hasher = Sha256::new();
    hasher.update(b"retract/vault/v1/commitment-salt\0");
    hasher.update(data_key);
    hasher.finalize().into()
}

fn random_key() -> Zeroizing<[u8; KEY_LEN]> {
    let mut key = Zeroizing::new([0u8; KEY_LEN]);
    OsRng.fill_bytes(key.as_mut());
    key
}

/// `"retract/vault/v1/<purpose>" ‖ 0 ‖ workspace ‖ incident?`: what a ciphertext is for.
fn ad(purpose: &[u8], workspace: WorkspaceId, incident: Option<IncidentId>) -> Vec<u8> {
    let mut out = Vec::with_capacity(17 + purpose.len() + 1 + 16);
    out.extend_from_slice(b"retract/vault/v1/");
    out.extend_from_slice(purpose);
    out.push(0);
    out.extend_from_slice(&workspace.0.to_be_bytes());
    if let Some(incident) = incident {
        out.extend_from_slice(&incident.0.to_be_bytes());
    }
    out
}

fn encrypt(
    key: &[u8; KEY_LEN],
    plaintext: &[u8],
    ad: &[u8],
) -> Result<([u8; NONCE_LEN], Vec<u8>), VaultError> {
    let cipher = XChaCha20Poly1305::new(key.into());
    let mut nonce = [0u8; NONCE_LEN];
    OsRng.fill_bytes(&mut nonce);
    let payload = Payload {
        msg: plaintext,
        aad: ad,
    };
    // Only fails past 256 GiB of plaintext (evidence is ≤ 8 KiB).
    let ciphertext = cipher
        .encrypt(XNonce::from_slice(&nonce), payload)
        .map_err(|_| VaultError::Encrypt)?;
    Ok((nonce, ciphertext))
}

fn decrypt(
    key: &[u8; KEY_LEN],
    nonce: &[u8; NONCE_LEN],
    ciphertext: &[u8],
    ad: &[u8],
) -> Result<Zeroizing<Vec<u8>>, VaultError> {
    let cipher = XChaCha20Poly1305::new(key.into());
    let payload = Payload {
        msg: ciphertext,
        aad: ad,
    };
    cipher
        .decrypt(XNonce::from_slice(nonce), payload)
        .map(Zeroizing::new)
        .map_err(|_| VaultError::Decrypt)
}

fn wrap(kek: &[u8; KEY_LEN], key: &[u8; KEY_LEN], ad: &[u8]) -> Result<WrappedKey, VaultError> {
    let (nonce, ciphertext) = encrypt(kek, key, ad)?;
    Ok(WrappedKey { nonce, ciphertext })
}

fn unwrap(
    kek: &[u8; KEY_LEN],
    wrapped: &WrappedKey,
    ad: &[u8],
) -> Result<Zeroizing<[u8; KEY_LEN]>, VaultError> {
    let plain = decrypt(kek, &wrapped.nonce, &wrapped.ciphertext, ad)?;
    let mut key = Zeroizing::new([0u8; KEY_LEN]);
    if plain.len() != KEY_LEN {
        return Err(VaultError::Decrypt);
    }
    key.copy_from_slice(&plain);
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    const WS: WorkspaceId = WorkspaceId(1);
    const INC: IncidentId = IncidentId(10);
    const TEXT: &[u8] = b"Le code promo interne est ALPHA-2024, ne pas diffuser";

    fn setup() -> (MasterKey, WrappedKey, Sealed) {
        let master = MasterKey::generate();
        let (workspace_key, wrapped) = master.new_workspace_key(WS).unwrap();
        let sealed = workspace_key.seal(WS, INC, TEXT).unwrap();
        (master, wrapped, sealed)
    }

    #[test]
    fn content_round_trips_through_the_stored_forms() {
        let (master, wrapped, sealed) = setup();
        // What a store keeps: the key file text and the wrapped keys' bytes.
        let master = MasterKey::from_key_file(master.to_key_file().as_bytes()).unwrap();
        let wrapped = WrappedKey::from_bytes(&wrapped.to_bytes()).unwrap();
        let mut evidence = sealed.evidence.clone();
        let data_key = evidence.wrapped_data_key.take().unwrap();
        evidence.wrapped_data_key = Some(WrappedKey::from_bytes(&data_key.to_bytes()).unwrap());

        let workspace_key = master.unwrap_workspace_key(WS, &wrapped).unwrap();
        let opened = workspace_key.open(WS, INC, &evidence).unwrap();
        assert_eq!(opened.content.as_slice(), TEXT);
        assert_eq!(opened.commitment, sealed.commitment);
        assert!(!sealed.evidence.ciphertext.windows(5).any(|w| w == b"ALPHA"));
    }

    #[test]
    fn another_workspace_or_incident_does_not_open() {
        let (master, wrapped, sealed) = setup();
        let workspace_key = master.unwrap_workspace_key(WS, &wrapped).unwrap();
        let other_ws = WorkspaceId(2);
        assert_eq!(
            workspace_key
                .open(other_ws, INC, &sealed.evidence)
                .unwrap_err(),
            VaultError::Decrypt
        );
        assert_eq!(
            workspace_key
                .open(WS, IncidentId(11), &sealed.evidence)
                .unwrap_err(),
            VaultError::Decrypt
        );
        assert_eq!(
            master.unwrap_workspace_key(other_ws, &wrapped).unwrap_err(),
            VaultError::Decrypt
        );
        // A workspace key is not a signing key, even with the same master key and workspace.
        assert!(master.unwrap_signing_key(WS, &wrapped).is_err());
    }

    #[test]
    fn tampered_ciphertext_or_wrapped_key_does_not_open() {
        let (master, wrapped, sealed) = setup();
        let workspace_key = master.unwrap_workspace_key(WS, &wrapped).unwrap();
        for i in 0..sealed.evidence.ciphertext.len() {
            let mut evidence = sealed.evidence.clone();
            evidence.ciphertext[i] ^= 1;
            assert!(workspace_key.open(WS, INC, &evidence).is_err());
        }
        let mut evidence = sealed.evidence.clone();
        evidence.nonce[0] ^= 1;
        assert!(workspace_key.open(WS, INC, &evidence).is_err());
        let mut evidence = sealed.evidence.clone();
        if let Some(key) = evidence.wrapped_data_key.as_mut() {
            key.ciphertext[3] ^= 0x80;
        }
        assert!(workspace_key.open(WS, INC, &evidence).is_err());
        let mut bad = wrapped.to_bytes();
        bad[0] = 2;
        assert_eq!(
            WrappedKey::from_bytes(&bad),
            Err(VaultError::MalformedWrappedKey)
        );
    }

    #[test]
    fn another_master_key_does_not_open() {
        let (_, wrapped, _) = setup();
        let other = MasterKey::generate();
        assert!(other.unwrap_workspace_key(WS, &wrapped).is_err());
    }

    #[test]
    fn erasing_the_wrapped_key_makes_the_content_unrecoverable() {
        let (master, wrapped, sealed) = setup();
        let workspace_key = master.unwrap_workspace_key(WS, &wrapped).unwrap();
        let mut evidence = sealed.evidence.clone();
        evidence.erase();
        assert_eq!(evidence.wrapped_data_key, None);
        assert_eq!(
            workspace_key.open(WS, INC, &evidence).unwrap_err(),
            VaultError::Erased
        );
        // Neither the workspace key nor the master key decrypts the ciphertext left behind:
        // only the (destroyed) random data key did.
        for kek in [&workspace_key.0, &master.0] {
            let attempt = decrypt(
                kek,
                &evidence.nonce,
                &evidence.ciphertext,
                &ad(b"evidence", WS, Some(INC)),
            );
            assert!(attempt.is_err());
        }
        // Sealing the same text again gives an unrelated commitment (fresh salt).
        let resealed = workspace_key.seal(WS, INC, TEXT).unwrap();
        assert_ne!(resealed.commitment, sealed.commitment);
    }

    #[test]
    fn signing_keys_survive_wrapping_and_sign_checkpoints() {
        let master = MasterKey::generate();
        let (key, wrapped) = master.new_signing_key(WS).unwrap();
        let again = master
            .unwrap_signing_key(WS, &WrappedKey::from_bytes(&wrapped.to_bytes()).unwrap())
            .unwrap();
        assert_eq!(key.to_bytes(), again.to_bytes());
        let checkpoint = retract_domain::Chain::new(WS).checkpoint(&again, 5);
        assert_eq!(checkpoint.public_key, key.verifying_key().to_bytes());
        assert!(retract_domain::verify_checkpoint(&checkpoint).is_ok());
        assert!(master.unwrap_signing_key(WorkspaceId(2), &wrapped).is_err());
    }

    #[test]
    fn key_files_are_64_hex_digits() {
        let key = MasterKey::from_key_file(format!("  {}\n", "Ab".repeat(32)).as_bytes()).unwrap();
        assert_eq!(key.0, [0xab; 32]);
        assert_eq!(key.to_key_file().as_str(), format!("{}\n", "ab".repeat(32)));
        let bad_files = [
            String::new(),
            "abc".to_string(),
            "zz".repeat(32),
            "ab".repeat(33),
            "é".repeat(32),
            format!("+a{}", "ab".repeat(31)),
        ];
        for bad in &bad_files {
            assert_eq!(
                MasterKey::from_key_file(bad.as_bytes()).unwrap_err(),
                VaultError::BadKeyFile
            );
        }
        assert_eq!(format!("{key:?}"), "MasterKey(…)");
    }
}
