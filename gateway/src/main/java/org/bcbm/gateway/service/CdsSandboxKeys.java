package org.bcbm.gateway.service;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

/**
 * Makes the local sandbox CDS client's key pair for ./platform up (issuer local-ehr): the private key as a JWK with
 * its kid and as a PKCS#8 PEM (what openssl signs with), and the public JWK set the gateway trusts. JDK and the
 * gateway's own libraries only, like the service keys, so a fresh machine needs nothing else.
 */
public final class CdsSandboxKeys {

    private CdsSandboxKeys() {
    }

    /** Arguments: directory, kid. Writes cds-client.jwk, cds-client.pem and cds-client.jwks.json there. */
    public static void main(String[] args) throws IOException, JOSEException {
        if (args.length != 2) {
            System.err.println("usage: CdsSandboxKeys <directory> <kid>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        RSAKey key = new RSAKeyGenerator(2048).keyID(args[1]).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS384)
                .generate();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.toPrivateKey().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        writePrivate(dir.resolve("cds-client.jwk"), key.toJSONString() + "\n");
        writePrivate(dir.resolve("cds-client.pem"), pem);
        Files.writeString(dir.resolve("cds-client.jwks.json"), new JWKSet(key.toPublicJWK()).toString() + "\n");
        System.out.println(args[1]);
    }

    private static void writePrivate(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content);
    }
}
