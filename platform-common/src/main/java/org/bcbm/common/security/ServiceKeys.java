package org.bcbm.common.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The key pair behind service credentials: the gateway signs with the private key (PKCS#8 PEM), the services verify
 * with the public one, published as a JWK set so that a new key can be added beside the old one while credentials
 * signed with either are in flight. {@code ./platform up} and the tests make a local pair with {@link #main}.
 */
public final class ServiceKeys {

    public static final String PRIVATE_KEY_FILE = "service-signing-key.pem";
    public static final String PUBLIC_KEYS_FILE = "service-verify-keys.jwks.json";

    private ServiceKeys() {
    }

    /** Where a pair lives. */
    public record KeyFiles(Path privateKey, Path publicKeys) {
    }

    /** Makes an RSA-2048 pair in {@code dir} unless one is there; the private key readable by its owner only. */
    public static KeyFiles ensure(Path dir, String keyId) throws IOException, GeneralSecurityException {
        Path privateKey = dir.resolve(PRIVATE_KEY_FILE);
        Path publicKeys = dir.resolve(PUBLIC_KEYS_FILE);
        if (Files.exists(privateKey) && Files.exists(publicKeys)) {
            return new KeyFiles(privateKey, publicKeys);
        }
        Files.createDirectories(dir);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        Files.writeString(privateKey, pem, StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's own protection applies
        }
        Files.writeString(publicKeys, jwks(keyId, (RSAPublicKey) pair.getPublic()), StandardCharsets.UTF_8);
        return new KeyFiles(privateKey, publicKeys);
    }

    /** A JWK set holding one RSA signing key. */
    static String jwks(String keyId, RSAPublicKey key) throws IOException {
        Map<String, Object> jwk = Map.of("kty", "RSA", "use", "sig", "alg", "RS256", "kid", keyId,
                "n", unsigned(key.getModulus()), "e", unsigned(key.getPublicExponent()));
        return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(Map.of("keys", List.of(jwk)));
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Reads a PKCS#8 PEM private key. */
    public static PrivateKey readPrivateKey(Path pem) throws IOException, GeneralSecurityException {
        String body = Files.readString(pem, StandardCharsets.US_ASCII)
                .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    /**
     * {@code generate DIR [KEY-ID]}: a local pair in DIR (kept when there). {@code token DIR SUBJECT ROLE [SECONDS]}:
     * prints a credential, for an operator's call straight to a service on a development machine.
     */
    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("generate")) {
            KeyFiles files = ensure(Path.of(args[1]), args.length > 2 ? args[2] : "local-1");
            System.out.println(files.privateKey() + " " + files.publicKeys());
        } else if (args.length >= 4 && args[0].equals("token")) {
            Path dir = Path.of(args[1]);
            ServiceTokens tokens = new ServiceTokens(readPrivateKey(dir.resolve(PRIVATE_KEY_FILE)), keyId(dir),
                    Duration.ofSeconds(args.length > 4 ? Long.parseLong(args[4]) : 300));
            System.out.println(tokens.mint(args[2], args[3]).value());
        } else {
            System.err.println("usage: ServiceKeys generate DIR [KEY-ID] | token DIR SUBJECT ROLE [SECONDS]");
            System.exit(2);
        }
    }

    /** The key id of the first key in DIR's JWK set. */
    public static String keyId(Path dir) throws IOException {
        return new ObjectMapper().readTree(dir.resolve(PUBLIC_KEYS_FILE).toFile()).path("keys").path(0).path("kid").asText();
    }
}
